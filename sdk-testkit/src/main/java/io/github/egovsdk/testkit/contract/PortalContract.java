package io.github.egovsdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.dvc.dossier.Applicant;
import io.github.egovsdk.dvc.dossier.Channel;
import io.github.egovsdk.dvc.dossier.Dossier;
import io.github.egovsdk.dvc.dossier.DossierCode;
import io.github.egovsdk.dvc.dossier.DossierStatus;
import io.github.egovsdk.dvc.portal.Agency;
import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.dvc.portal.PortalDossier;
import io.github.egovsdk.dvc.portal.ProcedureSummary;
import io.github.egovsdk.dvc.portal.ProgressUpdate;
import io.github.egovsdk.dvc.portal.SyncOutcome;
import io.github.egovsdk.dvc.procedure.Procedure;
import io.github.egovsdk.dvc.procedure.Sector;
import io.github.egovsdk.testkit.SandboxCitizen;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The SDK's {@link PortalClient} against a portal adapter (DVCQG): dossier upsert (create, then update of the same
 * code), lookup, progress, the catalogues, {@code TraCuuTechID}, session renewal and a refused login. Subclass it and
 * return a {@link PortalTarget} — the sandbox in our CI, your staging adapter in yours
 * ({@link PortalTarget#fromEnvironment()}). Test dossiers get a fresh 5-digit daily number and a synthetic applicant
 * ("Thử Nghiệm"), and each test only looks at the dossiers it made, so a shared staging portal is fine.
 *
 * <p>Example:
 * <pre>{@code
 * class StagingPortalContractTest extends PortalContract {
 *     @Override
 *     protected PortalTarget target() {
 *         return PortalTarget.fromEnvironment().orElseThrow();   // EGOV_DVCQG_ENDPOINT, _USERNAME, _PASSWORD, ...
 *     }
 * }
 * }</pre>
 */
public abstract class PortalContract {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The adapter and account to run against. */
    protected abstract PortalTarget target();

    /** A client of the target; override to add proxy, TLS or timeouts. Closed by each test. */
    protected PortalClient client(String password) {
        PortalTarget t = target();
        return PortalClient.builder()
                .endpoint(t.endpoint())
                .loginPath(t.loginPath())
                .apiPath(t.apiPath())
                .login(t.username(), password)
                .dstCode(t.dstCode())
                .agencyCode(t.agencyCode())
                .build();
    }

    private PortalClient client() {
        return client(target().password());
    }

    /** A new dossier of the target's agency, received now, status 2 (accepted), with a synthetic citizen. */
    protected Dossier newDossier() {
        LocalDateTime now = LocalDateTime.now(VIETNAM).truncatedTo(ChronoUnit.SECONDS);
        SandboxCitizen citizen = SandboxCitizen.ALL.get(0);
        String code = new DossierCode(
                        target().agencyCode(),
                        now.toLocalDate(),
                        ThreadLocalRandom.current().nextInt(10_000, 100_000))
                .value();
        return Dossier.builder()
                .code(code)
                .procedure(target().procedureCode(), "Thủ tục kiểm thử (contract test)")
                .channel(Channel.ONLINE)
                .applicant(Applicant.citizen(citizen.fullName(), citizen.personalId())
                        .withTechId(citizen.techId()))
                .summary("Hồ sơ kiểm thử tự động — xin bỏ qua / automated contract test, please ignore")
                .receivedAt(now)
                .dueAt(now.plusDays(3))
                .status(DossierStatus.ACCEPTED)
                .vneidVerified(true)
                .build();
    }

    @Test
    void sync_whenNewThenChanged_createsOnceThenUpdatesTheSameCode() {
        Dossier dossier = newDossier();
        try (PortalClient portal = client()) {
            assertThat(portal.sync(dossier)).isEqualTo(SyncOutcome.CREATED);
            Dossier processing = dossier.toBuilder()
                    .status(dossier.status().moveTo(DossierStatus.PROCESSING))
                    .build();
            assertThat(portal.sync(processing))
                    .as("same code again: an update, never a second dossier")
                    .isEqualTo(SyncOutcome.UPDATED);

            PortalDossier found = portal.lookup(dossier.code()).orElseThrow();
            assertThat(found.dossier().code()).isEqualTo(dossier.code());
            assertThat(found.dossier().status()).isEqualTo(DossierStatus.PROCESSING);
            assertThat(found.dossier().procedureCode()).isEqualTo(target().procedureCode());
            assertThat(found.dossier().receivedAt()).isEqualTo(dossier.receivedAt());
            assertThat(found.dossier().applicant().techId())
                    .isEqualTo(dossier.applicant().techId());
        }
    }

    @Test
    void lookup_whenCodeUnknown_isEmpty() {
        String unknown = new DossierCode(
                        target().agencyCode(),
                        LocalDateTime.now(VIETNAM).toLocalDate().minusYears(3),
                        ThreadLocalRandom.current().nextInt(10_000, 100_000))
                .value();
        try (PortalClient portal = client()) {
            assertThat(portal.lookup(unknown)).isEmpty();
        }
    }

    @Test
    void updateProgress_whenStepsReported_lookupListsThemInOrder() {
        Dossier dossier = newDossier();
        LocalDateTime at = dossier.receivedAt();
        try (PortalClient portal = client()) {
            portal.sync(dossier);
            portal.updateProgress(List.of(
                    ProgressUpdate.of(
                            dossier.code(),
                            "Cán bộ một cửa (thử nghiệm)",
                            "Tiếp nhận hồ sơ",
                            DossierStatus.ACCEPTED,
                            at.plusMinutes(1)),
                    new ProgressUpdate(
                            dossier.code(),
                            "Chuyên viên (thử nghiệm)",
                            "Chuyên viên",
                            at.plusMinutes(5),
                            "Phòng Tư pháp",
                            "Thụ lý, thẩm định hồ sơ",
                            DossierStatus.PROCESSING,
                            at.plusMinutes(5),
                            dossier.dueAt())));

            List<ProgressUpdate> steps =
                    portal.lookup(dossier.code()).orElseThrow().progress();
            assertThat(steps)
                    .extracting(ProgressUpdate::content)
                    .containsSubsequence("Tiếp nhận hồ sơ", "Thụ lý, thẩm định hồ sơ");
            assertThat(steps)
                    .filteredOn(s -> "Thụ lý, thẩm định hồ sơ".equals(s.content()))
                    .singleElement()
                    .satisfies(s -> {
                        assertThat(s.status()).isEqualTo(DossierStatus.PROCESSING);
                        assertThat(s.at()).isEqualTo(at.plusMinutes(5));
                        assertThat(s.dueAt()).isEqualTo(dossier.dueAt());
                    });
        }
    }

    @Test
    void agencies_whenListed_includeTheTargetsAgencyWithAName() {
        try (PortalClient portal = client()) {
            List<Agency> agencies = portal.agencies();
            assertThat(agencies).isNotEmpty().allSatisfy(a -> assertThat(a.code())
                    .isNotBlank());
            assertThat(agencies)
                    .filteredOn(a -> target().agencyCode().equals(a.code()))
                    .singleElement()
                    .satisfies(a -> assertThat(a.name()).isNotBlank());
        }
    }

    @Test
    void sectorsAndProcedures_whenListed_haveCodesAndNamesAndIncludeTheTargetsProcedure() {
        try (PortalClient portal = client()) {
            List<Sector> sectors = portal.sectors();
            assertThat(sectors).isNotEmpty().allSatisfy(s -> {
                assertThat(s.code()).isNotBlank();
                assertThat(s.name()).isNotBlank();
            });
            List<ProcedureSummary> procedures = portal.procedures();
            assertThat(procedures).allSatisfy(p -> assertThat(p.name()).isNotBlank());
            assertThat(procedures).extracting(ProcedureSummary::code).contains(target().procedureCode());
        }
    }

    @Test
    void procedure_whenKnownCode_hasNameSectorAndProcessingTime() {
        try (PortalClient portal = client()) {
            Procedure p = portal.procedure(target().procedureCode()).orElseThrow();
            assertThat(p.code().raw()).isEqualTo(target().procedureCode());
            assertThat(p.name()).isNotBlank();
            assertThat(p.sector().code()).isNotBlank();
            assertThat(p.processingTime()).isNotNull();
            assertThat(p.processingTime().amount()).isPositive();
            assertThat(p.fees()).allSatisfy(f -> assertThat(f.amountVnd()).isNotNegative());
        }
    }

    @Test
    void procedure_whenCodeUnknown_isEmpty() {
        try (PortalClient portal = client()) {
            assertThat(portal.procedure("9.999999")).isEmpty();
        }
    }

    @Test
    void techId_whenNumberHasAnAccount_returnsItsTechId() {
        assumeTrue(target().techIdNumber() != null, "no EGOV_DVCQG_TECHID_NUMBER for this target");
        try (PortalClient portal = client()) {
            Optional<String> techId = portal.techId(target().techIdNumber());
            assertThat(techId).isPresent().get().asString().isNotBlank();
            if (target().expectedTechId() != null) {
                assertThat(techId).contains(target().expectedTechId());
            }
        }
    }

    @Test
    void anyCall_whenTheSessionExpired_logsInAgainAndSucceeds() {
        assumeTrue(target().sessionExpiry() != null, "this target cannot be told to end its sessions");
        try (PortalClient portal = client()) {
            assertThat(portal.agencies()).isNotEmpty();
            target().sessionExpiry().run();
            assertThat(portal.agencies())
                    .as("after the portal ended the session")
                    .isNotEmpty();
            Dossier dossier = newDossier();
            target().sessionExpiry().run();
            assertThat(portal.sync(dossier))
                    .as("a sync after expiry is sent once, as an insert")
                    .isEqualTo(SyncOutcome.CREATED);
        }
    }

    @Test
    void anyCall_whenPasswordWrong_isRefusedWithThePortalsError() {
        try (PortalClient portal = client(target().password() + "-wrong")) {
            assertThatThrownBy(portal::agencies)
                    .isInstanceOf(EgovServiceException.class)
                    .satisfies(e -> assertThat(((EgovServiceException) e).serviceErrorCode())
                            .isPresent())
                    .hasMessageNotContaining(target().password());
        }
    }
}
