package io.github.egovsdk.testkit;

import static io.github.egovsdk.testkit.ConsoleFixtures.action;
import static io.github.egovsdk.testkit.ConsoleFixtures.state;
import static io.github.egovsdk.testkit.ConsoleFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.civil.CivilModule;
import io.github.egovsdk.civil.criminal.CriminalRecordClient;
import io.github.egovsdk.civil.criminal.CriminalRecordIntake;
import io.github.egovsdk.civil.criminal.CriminalRecordState;
import io.github.egovsdk.civil.criminal.CriminalRecordStatusUpdate;
import io.github.egovsdk.civil.interconnect.InterconnectClient;
import io.github.egovsdk.civil.interconnect.InterconnectDossier;
import io.github.egovsdk.civil.justice.CivilStatusClient;
import io.github.egovsdk.civil.justice.CivilStatusResult;
import io.github.egovsdk.civil.justice.JusticeStatus;
import io.github.egovsdk.civil.justice.SubmitOutcome;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The console tabs of the civil-status, criminal-record, results-store / Q&amp;A, LGSP and Social Security emulators
 * over plain HTTP: what vendors' software sent, the state kept (personal data masked), refusals with their reasons,
 * and the "advance a civil-status dossier at the ministry" endpoint, checked through {@link CivilStatusClient}.
 */
@EgovSandboxTest
class SandboxServicesConsoleTest {

    @Test
    void civilTab_whenBirthHandedOverAndPushed_showsDvcltStatusesAndTheMinistryDossierMasked(EgovSandbox sandbox)
            throws Exception {
        SandboxCitizen mother = sandbox.citizens().get(1);
        String id = sandbox.civil()
                .fileBirth("G27.99-261204-0001", mother, "TRẦN THỬ NGHIỆM BÉ", LocalDate.of(2026, 12, 1));
        try (InterconnectClient dvclt = sandbox.civil().interconnectClient();
                CivilStatusClient btp = sandbox.civil().civilStatusClient()) {
            InterconnectDossier d = dvclt.dossier(id);
            dvclt.acknowledge(d.interconnectCode());
            btp.submit(d, "H27.99-261204-0001", LocalDateTime.of(2026, 12, 4, 9, 0));
        }
        JsonNode civil = view(state(sandbox), "civil");
        String text = civil.toString();
        assertThat(civil.path("tables").get(0).path("rows").get(0).path("cells").toString())
                .contains("G27.99-261204-0001", "KS", "2.000986", "T. T. N. B.", "có / yes");
        assertThat(civil.path("tables").get(1).path("rows").get(0).path("cells").toString())
                .contains("H27.99-261204-0001", "LTKS", "1 chờ tiếp nhận", "04/12/2026 09:00:00");
        assertThat(text)
                .doesNotContain(mother.personalId(), mother.fullName(), "TRẦN THỬ NGHIỆM BÉ")
                .contains(mother.personalId().substring(0, 3) + "******");
    }

    @Test
    void advance_whenPostedOverHttp_movesTheMinistryDossierAndThePollSeesEachStatus(EgovSandbox sandbox)
            throws Exception {
        try (CivilStatusClient btp = sandbox.civil().civilStatusClient()) {
            assertThat(btp.submitMarriage(
                            SandboxMarriages.registration(),
                            "H27.99-261204-0002",
                            LocalDateTime.of(2026, 12, 4, 9, 30),
                            SandboxMarriages.attachments()))
                    .isEqualTo(SubmitOutcome.ACCEPTED);
            HttpResponse<String> r = action(sandbox, "civil/advance?code=H27.99-261204-0002");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"ok\":true", "3");
            assertThat(btp.result(CivilModule.MARRIAGE, "H27.99-261204-0002")
                            .orElseThrow()
                            .status())
                    .isEqualTo(JusticeStatus.PROCESSING);
            assertThat(btp.result(CivilModule.MARRIAGE, "H27.99-261204-0002")
                            .orElseThrow()
                            .status())
                    .as("polls do not move a dossier the officer drives")
                    .isEqualTo(JusticeStatus.PROCESSING);
            assertThat(action(sandbox, "civil/advance?code=H27.99-261204-0002&status=2")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(btp.result(CivilModule.MARRIAGE, "H27.99-261204-0002")
                            .orElseThrow()
                            .status())
                    .isEqualTo(JusticeStatus.SUPPLEMENT_REQUIRED);
            HttpResponse<String> illegal = action(sandbox, "civil/advance?code=H27.99-261204-0002&status=4");
            assertThat(illegal.statusCode()).isEqualTo(400);
            assertThat(illegal.body()).contains("illegal move 2 → 4");
            action(sandbox, "civil/advance?code=H27.99-261204-0002");
            action(sandbox, "civil/advance?code=H27.99-261204-0002");
            CivilStatusResult done =
                    btp.result(CivilModule.MARRIAGE, "H27.99-261204-0002").orElseThrow();
            assertThat(done.status()).isEqualTo(JusticeStatus.COMPLETED);
            assertThat(done.certificate().orElseThrow().pdf()).startsWith('%', 'P', 'D', 'F');
            assertThat(done.certificate().orElseThrow().subjectName())
                    .isEqualTo(SandboxMarriages.HUSBAND + " – " + SandboxMarriages.WIFE);
            HttpResponse<String> fin = action(sandbox, "civil/advance?code=H27.99-261204-0002");
            assertThat(fin.statusCode()).isEqualTo(400);
            assertThat(fin.body()).contains("already final (4)");
            assertThat(action(sandbox, "civil/advance?code=KHONG-CO").statusCode())
                    .isEqualTo(400);
            assertThat(action(sandbox, "civil/advance").body()).contains("missing parameter: code");
        }
        String cells = view(state(sandbox), "civil")
                .path("tables")
                .get(1)
                .path("rows")
                .get(0)
                .path("cells")
                .toString();
        assertThat(cells).contains("LTKH", "4 đã đăng ký", "set by the officer", "PDF ");
    }

    @Test
    void marriage_whenPushedToTheSandboxMinistry_isRegisteredOnTheThirdPollAndAWrongDateIsRefusedWithItsField(
            EgovSandbox sandbox) throws Exception {
        try (CivilStatusClient btp = sandbox.civil().civilStatusClient()) {
            btp.submitMarriage(
                    SandboxMarriages.registration(),
                    "H27.99-261204-0003",
                    LocalDateTime.now().withNano(0),
                    List.of());
            assertThat(btp.submitMarriage(
                            SandboxMarriages.registration(),
                            "H27.99-261204-0003",
                            LocalDateTime.now().withNano(0),
                            List.of()))
                    .isEqualTo(SubmitOutcome.ALREADY_RECEIVED);
            assertThat(btp.result(CivilModule.MARRIAGE, "H27.99-261204-0003")
                            .orElseThrow()
                            .status())
                    .isEqualTo(JusticeStatus.WAITING);
            btp.result(CivilModule.MARRIAGE, "H27.99-261204-0003");
            CivilStatusResult r =
                    btp.result(CivilModule.MARRIAGE, "H27.99-261204-0003").orElseThrow();
            assertThat(r.status()).isEqualTo(JusticeStatus.COMPLETED);
            assertThat(r.certificate().orElseThrow().pdf()).startsWith('%', 'P', 'D', 'F');
            assertThat(btp.results(CivilModule.BIRTH, List.of("H27.99-261204-0003")))
                    .as("module kept apart")
                    .isEmpty();
        }
        String bad = "{\"maDonVi\":\"09193\",\"module\":\"LTKH\",\"maHoSoLT\":\"H27-X\",\"maHoSoMCDT\":\"H27-X\","
                + "\"ngayTiepNhan\":\"04/12/2026 10:00:00\",\"data\":\"{\\\"noiDangKy\\\":\\\"09193\\\","
                + "\\\"chongHoTen\\\":\\\"A\\\",\\\"chongNgaySinh\\\":\\\"1995-03-04\\\",\\\"voHoTen\\\":\\\"B\\\","
                + "\\\"voNgaySinh\\\":\\\"08.07.1997\\\"}\",\"fileDinhKem\":[]}";
        JsonNode reply = SandboxHttp.json(
                SandboxHttp.post(sandbox.civil().civilStatusEndpoint().resolve("NhanDKHT"), "application/json", bad));
        assertThat(reply.path("errorCode").asString()).isEqualTo("E06");
        assertThat(reply.path("errorDescription").asString()).contains("chongNgaySinh phải theo dd.MM.yyyy");
        JsonNode refusals = view(state(sandbox), "civil").path("tables").get(2).path("rows");
        assertThat(refusals.toString()).contains("/btp/NhanDKHT", "E06", "chongNgaySinh phải theo dd.MM.yyyy");
    }

    @Test
    void criminalTab_whenApplicationSentAndStatePushed_showsItMaskedWithTheRefusalOfAWrongAuthKey(EgovSandbox sandbox)
            throws Exception {
        String request = "{\"maTinh\":\"27\",\"tenTinh\":\"Bắc Ninh\",\"maHoSoMCDT\":\"H27.99-261204-0009\","
                + "\"ngayTiepNhan\":\"04/12/2026\",\"nguonDangKy\":2,\"tenNguonDangKy\":\"VNeID\",\"toKhai\":{"
                + "\"loaiPhieu\":1,\"yeuCauCDNCV\":0,\"maMucDich\":1,\"tenMucDich\":\"Bổ sung hồ sơ xin việc\","
                + "\"soLuongCap\":1,\"nycHoTen\":\"Nguyễn Thử "
                + "Nghiệm\",\"nycGioiTinh\":1,\"nycNgaySinh\":\"01/01/1999\","
                + "\"nycLoaiGiayTo\":1,\"nycSoGiayTo\":\"001099012345\",\"uyQuyen\":0}}";
        try (CriminalRecordClient lltp = sandbox.civil().criminalRecordClient()) {
            var app = CriminalRecordIntake.parse(request);
            lltp.submit(app);
            lltp.result(app.localCode());
            lltp.pushStatus(new CriminalRecordStatusUpdate(
                    app.localCode(), CriminalRecordState.ACCEPTED, null, LocalDate.of(2026, 12, 18), false, null));
        }
        SandboxHttp.post(
                sandbox.civil().criminalRecordEndpoint().resolve("nhanTrangThai"),
                "application/json",
                "{\"authKey\":\"sai\",\"maTinh\":\"27\",\"maHoSoMCDT\":\"H27.99-261204-0009\"}");
        JsonNode v = view(state(sandbox), "criminal");
        assertThat(v.path("tables").get(0).path("rows").get(0).path("cells").toString())
                .contains(
                        "H27.99-261204-0009", "VNeID", "N. T. N.", "001******345", "4 Đang xử lý", "2 Được tiếp nhận");
        assertThat(v.path("tables").get(1).toString()).contains("/lltp/nhanTrangThai", "Sai authKey");
        assertThat(v.toString()).doesNotContain("001099012345", "Nguyễn Thử Nghiệm");
    }

    @Test
    void resultsTab_whenStoreHoldsDocumentsAndQuestionsWait_showsOwnersMaskedAndTheStoresRefusal(EgovSandbox sandbox)
            throws Exception {
        SandboxCitizen c = sandbox.citizens().get(0);
        sandbox.civil()
                .storeResult(
                        c.personalId(),
                        "KQ.G15.000031",
                        "Giấy khai sinh",
                        "12/1999",
                        "000.00.00.H27",
                        "gks.pdf",
                        "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        SandboxHttp.post(
                sandbox.civil().resultsStoreEndpoint().resolve("ketqua"),
                "application/json",
                "{\"SoDinhDanhChuSoHuu\":\"12ab\"}");
        JsonNode v = view(state(sandbox), "results");
        assertThat(v.path("tables").get(0).path("rows").get(0).path("cells").toString())
                .contains(c.personalId().substring(0, 3) + "******", "KQ.G15.000031", "Giấy khai sinh", "gks.pdf");
        assertThat(v.path("tables").get(1).path("rows").get(0).path("cells").toString())
                .contains("1001", "G15-HT", "N. T. N.");
        assertThat(v.path("tables").get(3).toString()).contains("/khoso/ketqua", "SoDinhDanhChuSoHuu không hợp lệ");
        assertThat(v.toString()).doesNotContain(c.personalId(), "Nguyễn Thử Nghiệm");
    }

    @Test
    void gatewayTabs_whenCallsComeThroughLgspAndEgw_showStyleHeadersMaskedCitizenAndRefusals(EgovSandbox sandbox)
            throws Exception {
        SandboxCitizen c = sandbox.citizens().get(0);
        String soap = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + "<ChiaSeThongTinCongDan><MaYeuCau>YC-1</MaYeuCau><MaDVC>" + SandboxGateways.SERVICE_CODE
                + "</MaDVC><MaTichHop>" + SandboxGateways.INTEGRATION_CODE + "</MaTichHop><MaCanBo>CB-1</MaCanBo>"
                + "<SoDinhDanh>" + c.personalId() + "</SoDinhDanh></ChiaSeThongTinCongDan></soapenv:Body>"
                + "</soapenv:Envelope>";
        URI lgsp = sandbox.lgspEndpoint().resolve("g/soap/ChiaSeThongTinCongDan");
        SandboxHttp.post(lgsp, "text/xml", soap, "Authorization", "Bearer " + SandboxGateways.STATIC_TOKEN);
        SandboxHttp.post(lgsp, "text/xml", soap, "Authorization", "Bearer sai");
        SandboxHttp.post(
                sandbox.socialSecurityEndpoint().resolve("api/token/take"),
                "application/json",
                "{\"username\":\"" + SandboxSocialSecurity.USERNAME + "\",\"password\":\"sai\"}");

        JsonNode lg = view(state(sandbox), "lgsp");
        String calls = lg.path("tables").get(0).toString();
        assertThat(calls)
                .contains(
                        "ChiaSeThongTinCongDan",
                        "\"g\"",
                        "Authorization",
                        c.personalId().substring(0, 3) + "******",
                        "\"401\"");
        assertThat(lg.path("tables").get(1).toString()).contains("Sai token / wrong token");
        assertThat(lg.toString()).doesNotContain(c.personalId(), SandboxGateways.STATIC_TOKEN);
        JsonNode egw = view(state(sandbox), "egw");
        assertThat(egw.path("tables").get(0).toString()).contains("take", "maKetQua 401");
        assertThat(egw.path("tables").get(2).toString()).contains("/egw/api/token/take", "account authentication");
        assertThat(action(sandbox, "egw/expire-sessions").statusCode()).isEqualTo(200);
    }
}
