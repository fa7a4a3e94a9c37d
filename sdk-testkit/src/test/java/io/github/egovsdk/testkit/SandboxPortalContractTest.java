package io.github.egovsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.dvc.procedure.ProcedureFee;
import io.github.egovsdk.dvc.procedure.ProcessingTime;
import io.github.egovsdk.testkit.contract.PortalContract;
import io.github.egovsdk.testkit.contract.PortalTarget;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Our CI runs the portal contract suite against the embedded sandbox, plus what only the sandbox can show. */
@EgovSandboxTest
class SandboxPortalContractTest extends PortalContract {
    private EgovSandbox sandbox;
    private PortalTarget target;

    @BeforeEach
    void target(EgovSandbox sandbox) {
        this.sandbox = sandbox;
        SandboxCitizen citizen = sandbox.citizens().get(2);
        target = new PortalTarget(
                sandbox.portalEndpoint(),
                "login",
                "api",
                EgovSandbox.PORTAL_USERNAME,
                EgovSandbox.PORTAL_PASSWORD,
                EgovSandbox.AGENCY_A.organId(),
                EgovSandbox.AGENCY_A.organId(),
                "1.001234",
                citizen.personalId(),
                citizen.techId(),
                sandbox::expirePortalSessions);
    }

    @Override
    protected PortalTarget target() {
        return target;
    }

    private PortalClient portal() {
        return PortalClient.builder()
                .endpoint(sandbox.portalEndpoint())
                .login(EgovSandbox.PORTAL_USERNAME, EgovSandbox.PORTAL_PASSWORD)
                .dstCode("000.00.00.H27")
                .agencyCode("000.00.00.H27")
                .build();
    }

    @Test
    void portalLogins_whenSessionExpiredBetweenCalls_countsExactlyOneMoreLogin() {
        try (PortalClient portal = portal()) {
            portal.sectors();
            portal.sectors();
            assertThat(sandbox.portalLogins()).isEqualTo(1);
            sandbox.expirePortalSessions();
            portal.sectors();
            assertThat(sandbox.portalLogins()).isEqualTo(2);
        }
    }

    @Test
    void portalSessionLifetime_whenShort_sessionsExpireOnTheirOwn() throws Exception {
        sandbox.portalSessionLifetime(Duration.ofMillis(300));
        try (PortalClient portal = portal()) {
            portal.agencies();
            Thread.sleep(400);
            portal.agencies();
            assertThat(sandbox.portalLogins()).isEqualTo(2);
        }
    }

    @Test
    void procedure_whenSandboxProcedureHasFees_readsAmountsAndProcessingTime() {
        try (PortalClient portal = portal()) {
            var copy = portal.procedure("1.001234").orElseThrow();
            assertThat(copy.processingTime()).isEqualTo(ProcessingTime.workingDays(3));
            assertThat(copy.fees()).extracting(ProcedureFee::amountVnd).containsExactly(8_000L);
            assertThat(copy.sector().name()).isEqualTo("Hộ tịch");
            var certify = portal.procedure("2.000815").orElseThrow();
            assertThat(certify.processingTime()).isEqualTo(ProcessingTime.workingHours(4));
            assertThat(certify.totalFeesVnd()).as("'2.000' is 2000 đồng").isEqualTo(2_000L);
            assertThat(portal.procedure("1.001193").orElseThrow().fees())
                    .as("birth registration is free")
                    .isEmpty();
        }
    }

    @Test
    void techId_whenNumberUnknownToTheSandbox_isEmptyAndEachCitizenHasTheirs() {
        try (PortalClient portal = portal()) {
            assertThat(portal.techId("001099000000")).isEmpty();
            for (SandboxCitizen c : sandbox.citizens()) {
                assertThat(portal.techId(c.personalId())).contains(c.techId());
            }
        }
    }

    @Test
    void agencies_whenListed_areBacNinhAgenciesWithTheAxisAgencies() {
        try (PortalClient portal = portal()) {
            assertThat(portal.agencies())
                    .extracting(a -> a.code())
                    .contains(
                            EgovSandbox.AGENCY_A.organId(),
                            EgovSandbox.AGENCY_B.organId(),
                            EgovSandbox.AGENCY_C.organId())
                    .allMatch(c -> c.endsWith(".H27"));
        }
    }
}
