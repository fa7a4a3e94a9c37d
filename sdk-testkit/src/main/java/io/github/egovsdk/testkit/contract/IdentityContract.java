package io.github.egovsdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.vneid.login.LoginRejectedException;
import io.github.egovsdk.vneid.login.LoginRequest;
import io.github.egovsdk.vneid.login.PortalSsoClient;
import io.github.egovsdk.vneid.login.VerifiedIdentity;
import io.github.egovsdk.vneid.login.VneidLoginClient;
import io.github.egovsdk.vneid.population.AuditRecord;
import io.github.egovsdk.vneid.population.CitizenQuery;
import io.github.egovsdk.vneid.population.CitizenVerification;
import io.github.egovsdk.vneid.population.LookupContext;
import io.github.egovsdk.vneid.population.PopulationDbClient;
import io.github.egovsdk.vneid.population.VerificationOutcome;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SDK's identity clients against identity services: portal SSO (OIDC) and VNeID logins of the test citizen,
 * a forged callback refused, and population-DB checks (match, wrong name). Subclass it, return an {@link
 * IdentityTarget} and implement {@link #browserLogin(URI)} — the user's part of a login: the sandbox logs in a
 * hinted citizen without a page; against staging, drive a browser (e.g. Selenium) through the login pages.
 */
public abstract class IdentityContract {

    protected abstract IdentityTarget target();

    /** Follows an authorization URL as the test citizen and returns the callback URL the provider redirects to. */
    protected abstract String browserLogin(URI authorizationUri) throws Exception;

    private PortalSsoClient sso() {
        IdentityTarget t = target();
        return PortalSsoClient.builder()
                .endpoint(t.ssoIssuer())
                .clientId(t.ssoClientId())
                .clientSecret(t.ssoClientSecret())
                .redirectUri(t.redirectUri())
                .build();
    }

    private VneidLoginClient vneid() {
        IdentityTarget t = target();
        return VneidLoginClient.builder()
                .endpoint(t.vneidEndpoint())
                .clientId(t.vneidClientId())
                .clientSecret(t.vneidClientSecret())
                .redirectUri(t.redirectUri())
                .build();
    }

    @Test
    void portalSso_whenCitizenLogsIn_givesTheVerifiedIdentity() throws Exception {
        try (PortalSsoClient sso = sso()) {
            LoginRequest login = sso.startLogin();

            VerifiedIdentity who = sso.completeLogin(login, browserLogin(login.authorizationUri()));

            assertThat(who.personalId())
                    .hasValueSatisfying(p -> assertThat(p.value()).isEqualTo(target().citizenId()));
            assertThat(who.techId()).isPresent();
        }
    }

    @Test
    void portalSso_whenCallbackStateIsForged_isRefused() throws Exception {
        try (PortalSsoClient sso = sso()) {
            LoginRequest login = sso.startLogin();
            String callback = browserLogin(login.authorizationUri()).replace(login.state(), "forged-state");

            assertThatThrownBy(() -> sso.completeLogin(login, callback)).isInstanceOf(LoginRejectedException.class);
        }
    }

    @Test
    void vneid_whenCitizenLogsIn_givesALevelTwoIdentity() throws Exception {
        try (VneidLoginClient vneid = vneid()) {
            LoginRequest login = vneid.startLogin();

            VerifiedIdentity who = vneid.completeLogin(login, browserLogin(login.authorizationUri()));

            assertThat(who.personalId())
                    .hasValueSatisfying(p -> assertThat(p.value()).isEqualTo(target().citizenId()));
            assertThat(who.isLevel2()).isTrue();
        }
    }

    @Test
    void population_whenCitizenMatchesOrNameIsWrong_answersAndAudits() {
        IdentityTarget t = target();
        List<AuditRecord> audit = new ArrayList<>();
        try (PopulationDbClient db = PopulationDbClient.builder()
                .endpoint(t.populationEndpoint())
                .integrationCode("037")
                .serviceCode(t.populationService())
                .auditHook(audit::add)
                .build()) {
            LookupContext why = new LookupContext("CONTRACT-TEST", "contract test");

            CitizenVerification match =
                    db.verify(CitizenQuery.byPersonalId(t.citizenId(), t.citizenName(), t.citizenBirthDate()), why);
            CitizenVerification wrongName = db.verify(
                    CitizenQuery.byPersonalId(t.citizenId(), "Không Phải Tên Này", t.citizenBirthDate()), why);

            assertThat(match.outcome()).isEqualTo(VerificationOutcome.MATCH);
            assertThat(wrongName.outcome()).isEqualTo(VerificationOutcome.NO_MATCH);
        }
        assertThat(audit)
                .extracting(AuditRecord::outcome)
                .containsExactly(AuditRecord.Outcome.MATCH, AuditRecord.Outcome.NO_MATCH);
    }
}
