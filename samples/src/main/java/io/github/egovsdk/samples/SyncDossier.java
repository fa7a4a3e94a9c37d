package io.github.egovsdk.samples;

import io.github.egovsdk.core.auth.Credentials;
import io.github.egovsdk.core.calendar.DueDate;
import io.github.egovsdk.dvc.dossier.Applicant;
import io.github.egovsdk.dvc.dossier.AppointmentDates;
import io.github.egovsdk.dvc.dossier.Channel;
import io.github.egovsdk.dvc.dossier.Dossier;
import io.github.egovsdk.dvc.dossier.DossierCodeGenerator;
import io.github.egovsdk.dvc.dossier.DossierStatus;
import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.dvc.portal.PortalDossier;
import io.github.egovsdk.dvc.portal.ProgressUpdate;
import io.github.egovsdk.dvc.procedure.Procedure;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxCitizen;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Syncs a dossier with the national public-service portal (DVCQG) through {@link PortalClient}, on the sandbox: the
 * procedure from the portal's catalogue, the applicant's TechID, a new dossier code and its appointment date, the
 * upsert (created, then updated), a progress step, a lookup, and a lookup again after the portal ended the session
 * (the client logs in again by itself). Personal data is printed masked only.
 */
public final class SyncDossier {
    private SyncDossier() {}

    public static void main(String[] args) {
        try (EgovSandbox sandbox = EgovSandbox.start();
                PortalClient portal = PortalClient.builder()
                        .endpoint(sandbox.portalEndpoint())
                        .credentials(
                                Credentials.usernamePassword(EgovSandbox.PORTAL_USERNAME, EgovSandbox.PORTAL_PASSWORD))
                        .dstCode(EgovSandbox.AGENCY_A.organId())
                        .agencyCode(EgovSandbox.AGENCY_A.organId())
                        .build()) {
            System.out.println("Cơ quan / agencies: " + portal.agencies().size() + ", lĩnh vực / sectors: "
                    + portal.sectors().size() + ", thủ tục / procedures: "
                    + portal.procedures().size());
            Procedure procedure = portal.procedure("1.001234").orElseThrow();
            System.out.println("Thủ tục / procedure: " + procedure.code().raw() + " " + procedure.name() + ", "
                    + procedure.processingTime().amount() + " ngày làm việc / working days, lệ phí / fee "
                    + procedure.totalFeesVnd() + " VND");

            SandboxCitizen citizen = sandbox.citizens().get(0);
            String techId = portal.techId(citizen.personalId()).orElseThrow();
            LocalDateTime received =
                    LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).truncatedTo(ChronoUnit.MINUTES);
            DueDate due = procedure.processingTime().dueDate(AppointmentDates.vietnam(), received, List.of());
            Dossier dossier = Dossier.builder()
                    .code(DossierCodeGenerator.inMemory().next(EgovSandbox.AGENCY_A.organId()))
                    .procedure(procedure.code(), procedure.name())
                    .sector(procedure.sector().code(), procedure.sector().name())
                    .channel(Channel.ONLINE)
                    .applicant(Applicant.citizen(citizen.fullName(), citizen.personalId())
                            .withTechId(techId))
                    .receivedAt(received)
                    .dueAt(due.due())
                    .status(DossierStatus.ACCEPTED)
                    .vneidVerified(true)
                    .build();
            System.out.println("Hồ sơ / dossier: " + dossier); // toString masks the applicant

            System.out.println("Đồng bộ / sync: " + portal.sync(dossier));
            portal.updateProgress(ProgressUpdate.of(
                    dossier.code(),
                    "Cán bộ một cửa",
                    "Thụ lý hồ sơ",
                    DossierStatus.PROCESSING,
                    received.plusMinutes(10)));
            Dossier processing = dossier.toBuilder()
                    .status(dossier.status().moveTo(DossierStatus.PROCESSING))
                    .build();
            System.out.println("Đồng bộ lại / sync again: " + portal.sync(processing));

            PortalDossier found = portal.lookup(dossier.code()).orElseThrow();
            System.out.println("Tra cứu / lookup: " + found.dossier().code() + " trạng thái / status "
                    + found.dossier().status().code() + " ("
                    + found.dossier().status().vietnamese() + "), "
                    + found.progress().size() + " bước / steps, hẹn trả / due "
                    + found.dossier().dueAt());

            sandbox.expirePortalSessions(); // as if the portal's session had timed out
            System.out.println("Sau khi hết phiên / after the session expired: tra cứu / lookup "
                    + (portal.lookup(dossier.code()).isPresent() ? "OK" : "?") + ", số lần đăng nhập / logins "
                    + sandbox.portalLogins());
        }
    }
}
