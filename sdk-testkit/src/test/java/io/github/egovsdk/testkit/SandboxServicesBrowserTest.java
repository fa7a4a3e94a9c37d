package io.github.egovsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.civil.CivilModule;
import io.github.egovsdk.civil.criminal.CriminalRecordClient;
import io.github.egovsdk.civil.criminal.CriminalRecordIntake;
import io.github.egovsdk.civil.justice.CivilStatusClient;
import io.github.egovsdk.civil.justice.CivilStatusResult;
import io.github.egovsdk.civil.justice.JusticeStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The tabs of the civil-status, criminal-record, results-store / Q&amp;A and gateway emulators in headless Chromium:
 * the ministry's officer advances a dossier from the page and {@link CivilStatusClient}'s poll sees each status; each
 * tab shows what was sent, masked, with the refusals. Screenshots under {@code target/console-screenshots/}.
 */
@EgovSandboxTest
class SandboxServicesBrowserTest {
    private static ConsoleBrowser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        Assumptions.assumeTrue(
                ConsoleBrowser.available(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        browser = ConsoleBrowser.start();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void civil_whenOfficerAdvancesTheDossierFromThePage_pollSeesThreeThenFourWithTheCertificate(EgovSandbox sandbox)
            throws Exception {
        String code = "H27.99-261204-0201";
        try (CivilStatusClient btp = sandbox.civil().civilStatusClient()) {
            btp.submitMarriage(
                    SandboxMarriages.registration(),
                    code,
                    LocalDateTime.of(2026, 12, 4, 8, 30),
                    SandboxMarriages.attachments());
            browser.open(sandbox, "vi", "civil");
            assertThat(browser.rowText(code)).contains("LTKH", "1 chờ tiếp nhận", "N. T. C. – T. T. V.");
            String next = "tr[data-key='" + code + "'] button[data-action$='advance?code=" + code + "']";
            browser.click(next);
            assertThat(browser.awaitToast()).contains(code, "3");
            assertThat(btp.result(CivilModule.MARRIAGE, code).orElseThrow().status())
                    .as("CivilStatusClient's poll after the click")
                    .isEqualTo(JusticeStatus.PROCESSING);
            browser.awaitText("3 đang xử lý");
            browser.click(next);
            assertThat(browser.awaitToast()).contains("4");
            CivilStatusResult done = btp.result(CivilModule.MARRIAGE, code).orElseThrow();
            assertThat(done.status()).isEqualTo(JusticeStatus.COMPLETED);
            assertThat(done.certificate().orElseThrow().pdf()).startsWith('%', 'P', 'D', 'F');
            browser.awaitText("4 đã đăng ký");
            browser.awaitText("PDF ");
            assertThat(browser.driver().findElements(By.cssSelector("tr[data-key='" + code + "'] button")))
                    .as("a registered dossier has no more moves")
                    .isEmpty();
            browser.screenshot("civil");
        }
        assertThat(browser.driver().getPageSource()).doesNotContain(SandboxMarriages.HUSBAND, "027095000111");
    }

    @Test
    void serviceTabs_whenVendorsSoftwareCalledThem_showWhatWasSentMaskedAndTheRefusals(EgovSandbox sandbox)
            throws Exception {
        try (CriminalRecordClient lltp = sandbox.civil().criminalRecordClient()) {
            var app = CriminalRecordIntake.parse("{\"maTinh\":\"27\",\"maHoSoMCDT\":\"H27.99-261204-0202\","
                    + "\"ngayTiepNhan\":\"04/12/2026\",\"nguonDangKy\":2,\"tenNguonDangKy\":\"VNeID\",\"toKhai\":{"
                    + "\"loaiPhieu\":1,\"tenMucDich\":\"Xin việc\",\"soLuongCap\":1,\"nycHoTen\":\"Nguyễn Thử Nghiệm\","
                    + "\"nycNgaySinh\":\"01/01/1999\",\"nycSoGiayTo\":\"001099012345\"}}");
            lltp.submit(app);
            lltp.result(app.localCode());
        }
        SandboxHttp.post(
                sandbox.civil().criminalRecordEndpoint().resolve("guiHoSo"),
                "application/json",
                "{\"authKey\":\"sai\",\"maHoSoMCDT\":\"X\"}");
        browser.open(sandbox, "vi", "criminal");
        browser.awaitText("Sai authKey");
        assertThat(browser.rowText("H27.99-261204-0202")).contains("VNeID", "N. T. N.", "001******345", "4 Đang xử lý");
        browser.screenshot("criminal");

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
        browser.open(sandbox, "en", "results");
        browser.awaitText("KQ.G15.000031");
        assertThat(browser.text("#view")).contains(c.personalId().substring(0, 3) + "******", "G15-HT");
        browser.screenshot("results");

        URI lgsp = sandbox.lgspEndpoint().resolve("g/soap/ChiaSeThongTinCongDan");
        SandboxHttp.post(
                lgsp,
                "text/xml",
                "<Envelope><Body><ChiaSeThongTinCongDan><SoDinhDanh>" + c.personalId()
                        + "</SoDinhDanh></ChiaSeThongTinCongDan></Body></Envelope>",
                "Authorization",
                "Bearer sai");
        browser.open(sandbox, "en", "lgsp");
        browser.awaitText("Sai token / wrong token");
        assertThat(browser.text("#view")).contains("ChiaSeThongTinCongDan", "Authorization");
        browser.screenshot("lgsp");

        SandboxHttp.post(
                sandbox.socialSecurityEndpoint().resolve("api/token/take"),
                "application/json",
                "{\"username\":\"" + SandboxSocialSecurity.USERNAME + "\",\"password\":\"sai\"}");
        browser.open(sandbox, "vi", "egw");
        browser.awaitText("maKetQua 401");
        browser.click("button[data-name='expire-sessions']");
        assertThat(browser.awaitToast()).contains("BHXH");
        browser.screenshot("egw");
        assertThat(browser.driver().getPageSource()).doesNotContain(c.personalId());
    }
}
