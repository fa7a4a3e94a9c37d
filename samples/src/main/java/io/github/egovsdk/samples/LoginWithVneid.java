package io.github.egovsdk.samples;

import io.github.egovsdk.core.auth.Credentials;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxCitizen;
import io.github.egovsdk.vneid.login.LoginRejectedException;
import io.github.egovsdk.vneid.login.LoginRequest;
import io.github.egovsdk.vneid.login.PortalSsoClient;
import io.github.egovsdk.vneid.login.VerifiedIdentity;
import io.github.egovsdk.vneid.login.VneidLoginClient;
import io.github.egovsdk.vneid.population.CitizenQuery;
import io.github.egovsdk.vneid.population.CitizenVerification;
import io.github.egovsdk.vneid.population.LookupContext;
import io.github.egovsdk.vneid.population.PopulationDbClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Logs a citizen in on the sandbox — through VNeID directly ({@link VneidLoginClient}, level 2 required) and through
 * the national portal's SSO ({@link PortalSsoClient}, OIDC with a verified ID token) — then checks them against the
 * population database ({@link PopulationDbClient}, audited without personal data). A forged callback is refused.
 * The browser's part (the login pages) is simulated: the sandbox logs in the hinted citizen at once.
 */
public final class LoginWithVneid {
    private static final URI CALLBACK = URI.create("http://127.0.0.1:8080/motcua/login/callback");

    private LoginWithVneid() {}

    public static void main(String[] args) throws Exception {
        try (EgovSandbox sandbox = EgovSandbox.start()) {
            SandboxCitizen citizen = sandbox.citizens().get(0);
            VerifiedIdentity viaVneid;
            try (VneidLoginClient vneid = VneidLoginClient.builder()
                    .endpoint(sandbox.vneidEndpoint())
                    .credentials(Credentials.oauth2Client(EgovSandbox.VNEID_CLIENT_ID, EgovSandbox.VNEID_CLIENT_SECRET))
                    .redirectUri(CALLBACK)
                    .minimumLevel(2)
                    .build()) {
                LoginRequest login = vneid.startLogin(); // keep it in the user's session
                viaVneid = vneid.completeLogin(login, browser(login.authorizationUri(), citizen));
                System.out.println("VNeID: " + viaVneid);
                try {
                    vneid.completeLogin(login, "code=x&state=forged");
                } catch (LoginRejectedException e) {
                    System.out.println("Callback giả mạo / forged callback: " + e.reason());
                }
            }
            try (PortalSsoClient sso = PortalSsoClient.builder()
                    .endpoint(sandbox.ssoIssuer())
                    .credentials(Credentials.oauth2Client(EgovSandbox.SSO_CLIENT_ID, EgovSandbox.SSO_CLIENT_SECRET))
                    .redirectUri(CALLBACK)
                    .build()) {
                LoginRequest login = sso.startLogin();
                VerifiedIdentity viaPortal = sso.completeLogin(login, browser(login.authorizationUri(), citizen));
                System.out.println("Cổng DVCQG / portal SSO: " + viaPortal + ", TechID "
                        + viaPortal.techId().orElse("-"));
            }
            try (PopulationDbClient population = PopulationDbClient.builder()
                    .endpoint(sandbox.populationEndpoint())
                    .integrationCode("037")
                    .serviceCode("SAMPLE-1.000001")
                    .auditHook(r -> System.out.println(
                            "Nhật ký / audit: " + r.requestedBy() + ", " + r.purpose() + ", " + r.outcome()))
                    .build()) {
                CitizenVerification check = population.verify(
                        CitizenQuery.byPersonalId(
                                viaVneid.personalId().orElseThrow().value(),
                                viaVneid.fullName(),
                                viaVneid.dateOfBirth().orElseThrow()),
                        new LookupContext("MOTCUA-01", "đăng nhập mẫu"));
                System.out.println("CSDL dân cư / population DB: " + check.outcome());
            }
        }
    }

    /** The citizen's browser: to the provider's login (the sandbox logs in the hinted citizen) and back. */
    private static String browser(URI authorization, SandboxCitizen citizen) throws Exception {
        HttpResponse<Void> r = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(authorization + "&login_hint=" + citizen.personalId()))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        return r.headers().firstValue("Location").orElseThrow();
    }
}
