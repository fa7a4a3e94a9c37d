package io.github.egovsdk.cli.demo;

import io.github.egovsdk.civil.flow.InMemoryOneStopSystem;
import io.github.egovsdk.civil.flow.InterconnectedDossierFlow;
import io.github.egovsdk.civil.flow.LocalDossier;
import io.github.egovsdk.civil.flow.LocalState;
import io.github.egovsdk.civil.interconnect.InterconnectClient;
import io.github.egovsdk.civil.justice.CivilStatusClient;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxCitizen;
import io.github.egovsdk.testkit.SandboxCivil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * The demo's interconnected birth registration (Decree 63/2024): the portal files a newborn's dossier on the sandbox
 * DVCLT software; the one-stop office's {@link InterconnectedDossierFlow} pulls it (due in 3 working days),
 * acknowledges it, accepts and forwards it to the sandbox Ministry of Justice, polls until the birth certificate (a
 * real PDF) is issued, and pushes statuses 1 → 3 → 7 → 4 back.
 */
public final class CivilSteps {
    private CivilSteps() {}

    static String birthRegistration(DemoContext c) throws Exception {
        EgovSandbox s = AxisSteps.sandbox(c);
        return run(s, c.output(), c::detail);
    }

    /** Runs the hand-off on a sandbox; writes the certificate to {@code output}; returns a one-line summary. */
    public static String run(EgovSandbox s, Path output, Consumer<String> detail) throws Exception {
        SandboxCivil civil = s.civil();
        SandboxCitizen mother = s.citizens().get(1);
        String code = "G27.99-" + LocalDate.now().format(DateTimeFormatter.ofPattern("yyMMdd")) + "-"
                + String.format("%04d", (int) (System.nanoTime() % 10_000));
        civil.fileBirth(code, mother, "NGUYỄN THỬ NGHIỆM AN", LocalDate.now().minusDays(5));
        detail.accept(
                "Cổng DVCQG → DVCLT: hồ sơ khai sinh " + code + " (mẹ: công dân sandbox, giấy chứng sinh đính kèm)");
        InMemoryOneStopSystem oneStop = new InMemoryOneStopSystem("H27.99.99");
        try (InterconnectClient dvclt = civil.interconnectClient();
                CivilStatusClient btp = civil.civilStatusClient()) {
            InterconnectedDossierFlow flow = InterconnectedDossierFlow.builder()
                    .interconnect(dvclt)
                    .civilStatus(btp)
                    .oneStop(oneStop)
                    .build();
            flow.pull();
            LocalDossier d = oneStop.findByInterconnectCode(code)
                    .orElseThrow(() -> new IllegalStateException("the dossier did not arrive"));
            detail.accept("Một cửa nhận hồ sơ " + d.localCode() + ", hạn trả " + d.dueAt() + " (3 ngày làm việc),"
                    + " đã báo DVCLT 'đã nhận'");
            flow.accept(d.localCode(), "Cán bộ một cửa (sandbox)");
            flow.forward(d.localCode(), "Cán bộ một cửa (sandbox)");
            detail.accept("Chuyển Bộ Tư pháp (NhanDKHT, module LTKS)");
            flow.pushStatuses();
            for (int i = 0;
                    i < 5
                            && oneStop.findByLocalCode(d.localCode())
                                            .orElseThrow()
                                            .state()
                                    == LocalState.WITH_MINISTRY;
                    i++) {
                flow.poll();
            }
            flow.pushStatuses();
            LocalDossier done = oneStop.findByLocalCode(d.localCode()).orElseThrow();
            if (done.state() != LocalState.COMPLETED || done.certificate() == null) {
                throw new IllegalStateException("the ministry did not register the birth (state " + done.state() + ")");
            }
            Path pdf = output.resolve("giay-khai-sinh-" + d.localCode() + ".pdf");
            Files.write(pdf, done.certificate().pdf());
            List<Integer> statuses = civil.statuses(code);
            detail.accept(
                    "Bộ Tư pháp cấp giấy khai sinh: số " + done.certificate().registerNumber() + ", quyển "
                            + done.certificate().book() + ", số định danh "
                            + Redactor.maskPersonalId(done.certificate().personalId()) + " → " + pdf.getFileName());
            detail.accept("Trạng thái DVCLT đã nhận / statuses recorded by the DVCLT software: " + statuses);
            if (!statuses.equals(List.of(1, 3, 7, 4))) {
                throw new IllegalStateException("unexpected DVCLT statuses " + statuses);
            }
            return "birth registered, certificate " + done.certificate().pdf().length + " bytes, statuses " + statuses;
        }
    }
}
