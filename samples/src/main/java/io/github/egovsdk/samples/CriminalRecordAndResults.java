package io.github.egovsdk.samples;

import io.github.egovsdk.civil.criminal.CriminalRecordApplication;
import io.github.egovsdk.civil.criminal.CriminalRecordClient;
import io.github.egovsdk.civil.criminal.CriminalRecordIntake;
import io.github.egovsdk.civil.criminal.CriminalRecordResult;
import io.github.egovsdk.civil.criminal.CriminalRecordState;
import io.github.egovsdk.civil.criminal.CriminalRecordStatusUpdate;
import io.github.egovsdk.core.auth.Credentials;
import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.dvc.portal.PortalQa;
import io.github.egovsdk.dvc.results.DigitisedResult;
import io.github.egovsdk.dvc.results.DigitisedResultsClient;
import io.github.egovsdk.dvc.results.ResultsQuery;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxCitizen;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * On the sandbox: a criminal-record certificate request from VNeID ({@link CriminalRecordIntake}), sent to the LLTP
 * system, polled until issued and pushed back to VNeID ({@link CriminalRecordClient}); the citizen's documents in
 * the portal's results store ({@link DigitisedResultsClient}); the portal Q&A ({@link PortalQa}).
 */
public final class CriminalRecordAndResults {
    private CriminalRecordAndResults() {}

    public static void main(String[] args) {
        try (EgovSandbox sandbox = EgovSandbox.start()) {
            SandboxCitizen c = sandbox.citizens().get(0);
            String request = "{\"maTinh\":\"27\",\"tenTinh\":\"Bắc Ninh\",\"maHoSoMCDT\":\"H27.99-260101-0100\","
                    + "\"ngayTiepNhan\":\"01/01/2026\",\"nguonDangKy\":2,\"tenNguonDangKy\":\"VNeID\",\"toKhai\":{"
                    + "\"loaiPhieu\":1,\"soLuongCap\":1,\"nycHoTen\":\"" + c.fullName() + "\",\"nycNgaySinh\":\""
                    + c.dateOfBirth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "\",\"nycSoGiayTo\":\""
                    + c.personalId() + "\",\"uyQuyen\":0}}";
            try (CriminalRecordClient lltp = sandbox.civil().criminalRecordClient()) {
                CriminalRecordApplication app = CriminalRecordIntake.parse(request);
                System.out.println("VNeID → một cửa: " + CriminalRecordIntake.reply(true, null));
                System.out.println("Gửi LLTP / submit: " + lltp.submit(app));
                CriminalRecordResult r = lltp.result(app.localCode()).orElseThrow();
                while (!r.state().map(CriminalRecordState::hasCertificate).orElse(false)) {
                    r = lltp.result(app.localCode()).orElseThrow();
                }
                System.out.println(
                        "Phiếu LLTP / certificate " + r.certificateNumber() + ", PDF " + r.pdf().length + " bytes");
                System.out.println("VNeID: "
                        + lltp.pushStatus(new CriminalRecordStatusUpdate(
                                app.localCode(), CriminalRecordState.DONE, null, null, false, r)));
            }
            sandbox.civil()
                    .storeResult(
                            c.personalId(),
                            "KQ.G15.000031",
                            "Giấy khai sinh",
                            "12/1999",
                            "000.00.00.H27",
                            "gks.pdf",
                            "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            try (DigitisedResultsClient store = DigitisedResultsClient.builder()
                    .endpoint(sandbox.civil().resultsStoreEndpoint())
                    .build()) {
                for (DigitisedResult d : store.results(ResultsQuery.ownedBy(c.personalId(), c.fullName()))) {
                    System.out.println("Kho số hóa / results store: " + d.resultCode() + " " + d.name() + ", "
                            + store.files(d).get(0).length + " bytes");
                }
            }
            try (PortalClient portal = PortalClient.builder()
                    .endpoint(sandbox.portalEndpoint())
                    .credentials(Credentials.usernamePassword(EgovSandbox.PORTAL_USERNAME, EgovSandbox.PORTAL_PASSWORD))
                    .dstCode(EgovSandbox.AGENCY_A.organId())
                    .agencyCode(EgovSandbox.AGENCY_A.organId())
                    .build()) {
                PortalQa qa = portal.qa();
                PortalQa.Question q = qa.citizenQuestions().get(0);
                qa.pushAnswers(List.of(new PortalQa.QuestionAnswer(
                        q.id(),
                        EgovSandbox.AGENCY_A.organId(),
                        "Cán bộ",
                        "Chuyên viên",
                        LocalDate.now(),
                        "Nộp trực tuyến trên Cổng DVCQG hoặc VNeID.")));
                System.out.println("Hỏi đáp / Q&A: câu hỏi " + q.id() + " đã trả lời / answered: "
                        + qa.citizenQuestions().get(0).answered());
            }
        }
    }
}
