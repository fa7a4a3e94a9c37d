package io.github.egovsdk.samples;

import io.github.egovsdk.civil.flow.InMemoryOneStopSystem;
import io.github.egovsdk.civil.flow.InterconnectedDossierFlow;
import io.github.egovsdk.civil.flow.LocalDossier;
import io.github.egovsdk.civil.interconnect.InterconnectClient;
import io.github.egovsdk.civil.interconnect.InterconnectDossier;
import io.github.egovsdk.civil.interconnect.PendingDossier;
import io.github.egovsdk.civil.justice.CivilStatusClient;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxCivil;
import java.time.LocalDate;

/**
 * An interconnected birth registration (liên thông khai sinh) on the sandbox, with {@link InterconnectClient} (the
 * DVCLT software: list, decoded detail), {@link CivilStatusClient} (the Ministry of Justice) and
 * {@link InterconnectedDossierFlow} over the in-memory one-stop system: pull, accept, forward, poll until the
 * certificate is issued, push statuses. Personal data is printed masked only.
 */
public final class InterconnectedBirth {
    private InterconnectedBirth() {}

    public static void main(String[] args) {
        try (EgovSandbox sandbox = EgovSandbox.start()) {
            SandboxCivil civil = sandbox.civil();
            civil.fileBirth(
                    "G27.99-260101-0001",
                    sandbox.citizens().get(1),
                    "TRẦN THỬ NGHIỆM BÉ",
                    LocalDate.now().minusDays(3));
            try (InterconnectClient dvclt = civil.interconnectClient();
                    CivilStatusClient btp = civil.civilStatusClient()) {
                for (PendingDossier p : dvclt.pending()) {
                    InterconnectDossier d = dvclt.dossier(p.id());
                    System.out.println("DVCLT: " + d.module() + " " + d.interconnectCode() + ", thủ tục / procedure "
                            + d.procedureCode() + ", người yêu cầu / requester ID "
                            + Redactor.maskPersonalId(
                                    d.registration().requester().document().number()) + ", tệp / files "
                            + d.activeAttachments().size() + " (+"
                            + (d.attachments().size() - d.activeAttachments().size()) + " đã hủy / cancelled)");
                }
                InMemoryOneStopSystem oneStop = new InMemoryOneStopSystem("H27.99.99");
                InterconnectedDossierFlow flow = InterconnectedDossierFlow.builder()
                        .interconnect(dvclt)
                        .civilStatus(btp)
                        .oneStop(oneStop)
                        .build();
                flow.pull();
                LocalDossier d = oneStop.dossiers().get(0);
                System.out.println("Một cửa / one-stop: " + d.localCode() + ", hạn trả / due " + d.dueAt());
                flow.accept(d.localCode(), "Cán bộ một cửa");
                flow.forward(d.localCode(), "Cán bộ một cửa");
                for (int i = 0; i < 3; i++) {
                    flow.poll();
                }
                flow.pushStatuses();
                LocalDossier done = oneStop.findByLocalCode(d.localCode()).orElseThrow();
                System.out.println("Bộ Tư pháp / ministry: " + done.state() + ", số đăng ký / register no. "
                        + done.certificate().registerNumber() + ", PDF "
                        + done.certificate().pdf().length + " bytes");
                System.out.println("Trạng thái DVCLT / DVCLT statuses: " + civil.statuses(d.interconnectCode()));
            }
        }
    }
}
