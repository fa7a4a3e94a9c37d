package io.github.egovsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.dvc.payment.PaymentClient;
import io.github.egovsdk.dvc.payment.PaymentInit;
import io.github.egovsdk.dvc.payment.PaymentOrder;
import io.github.egovsdk.dvc.payment.VndAmount;
import io.github.egovsdk.edoc.receive.EdocTracker;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The console in a real browser (headless Chromium): what a vendor sees and clicks while their software talks to the
 * sandbox. One browser for the class; each test resets the sandbox and writes a screenshot of its view.
 */
@EgovSandboxTest
class SandboxConsoleBrowserTest {
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
    void axis_whenDocumentSentAndStatus03Clicked_senderTrackerShows03(EgovSandbox sandbox, @TempDir Path dir)
            throws Exception {
        browser.open(sandbox, "vi", "axis");
        ConsoleFixtures.Sent sent = ConsoleFixtures.sendAtoB(sandbox, dir, "V/v kiểm tra bảng điều khiển sandbox");

        assertThat(browser.rowText(sent.docIdAtB()))
                .as("appears live, without reloading")
                .contains(
                        "45/UBND-VP",
                        "V/v kiểm tra bảng điều khiển sandbox",
                        "cong-van-45.txt",
                        ConsoleFixtures.sha256(ConsoleFixtures.ATTACHMENT),
                        "waiting");
        browser.click("tr[data-key='" + sent.docIdAtB() + "'] button[data-action*='status=03']");
        assertThat(browser.awaitToast()).contains("03", sandbox.agencyB().organId());

        assertThat(ConsoleFixtures.pollStatusesAtA(sandbox, dir.resolve("staging-A"), sent.tracker()))
                .isEqualTo(1);
        EdocTracker.RecipientStatus fromB = sent.tracker()
                .latest(sent.document().documentId())
                .get(sandbox.agencyB().organId());
        assertThat(fromB.statusCode()).isEqualTo("03");
        browser.awaitText("done — đã nhận"); // A's receive loop took the status: the page follows live
        assertThat(browser.rowText(sent.docIdAtB())).contains("03 Đã tiếp nhận");
        browser.screenshot("axis");

        browser.click("#lang-en");
        browser.awaitText("Inbox of " + sandbox.agencyB().organId());
        assertThat(browser.text("#tab-axis")).isEqualTo("Document axis");
        browser.screenshot("axis-en");
    }

    @Test
    void refusals_whenDossierSyncedWithWrongField_pageShowsTheReason(EgovSandbox sandbox) throws Exception {
        String session = ConsoleFixtures.portalSession(sandbox);
        ConsoleFixtures.syncDossier(sandbox, session, "000.00.00.H27-261204-0101", "09/12/2026 17:00");

        browser.open(sandbox, "vi", "refusals");
        browser.awaitText("NgayHenTra '09/12/2026 17:00' không đúng định dạng yyyyMMddHHmmss");
        String page = browser.text("#view");
        assertThat(page).contains("dvcqg", "/dvcqg/api", "dstcode: 000.00.00.H27");
        assertThat(browser.text("#tab-refusals .badge")).isEqualTo("1");
        browser.screenshot("refusals");
    }

    @Test
    void payment_whenPaidFromThePage_queryReportsPaid(EgovSandbox sandbox) throws Exception {
        try (PaymentClient client = ConsoleFixtures.payments(sandbox, EgovSandbox.PAYMENT_SECRET)) {
            PaymentInit init = client.init(PaymentOrder.of("000.00.00.H27-261204-0102", VndAmount.of(200000)));
            assertThat(client.query(init.reference()).isSuccessful()).isFalse();
            browser.open(sandbox, "vi", "payment");
            assertThat(browser.rowText(init.reference())).contains("PENDING", "INIT MAC đúng");
            browser.click("tr[data-key='" + init.reference() + "'] button[data-name='pay']");
            assertThat(browser.awaitToast()).contains(init.reference());

            assertThat(client.query(init.reference()).isSuccessful())
                    .as("PaymentClient.query after the click")
                    .isTrue();
            browser.awaitText("00 — thành công");
            browser.screenshot("payments");
        }
    }

    @Test
    void portal_whenSessionsExpiredFromThePage_oldSessionIsRefused(EgovSandbox sandbox) throws Exception {
        String session = ConsoleFixtures.portalSession(sandbox);
        ConsoleFixtures.syncDossier(sandbox, session, "000.00.00.H27-261204-0103", "20261209170000");
        browser.open(sandbox, "vi", "portal");
        assertThat(browser.rowText("000.00.00.H27-261204-0103")).contains("1.001234", "N. T. N.", "2 Được tiếp nhận");
        browser.screenshot("portal");

        browser.click("button[data-name='expire-sessions']");
        assertThat(browser.awaitToast()).contains("1");
        assertThat(ConsoleFixtures.syncDossier(sandbox, session, "000.00.00.H27-261204-0104", "20261209170000")
                        .path("error_code")
                        .asInt())
                .isEqualTo(401);
        browser.awaitText("ended by the sandbox");
    }

    @Test
    void identityAndPopulation_whenCitizenLogsInAndIsLookedUp_pageShowsThemMasked(EgovSandbox sandbox)
            throws Exception {
        SandboxCitizen c = SandboxCitizen.ALL.get(1);
        SandboxHttp.get(URI.create(sandbox.ssoIssuer() + "/oauth2/authorize?response_type=code&client_id="
                + EgovSandbox.SSO_CLIENT_ID + "&redirect_uri=http://127.0.0.1/cb&login_hint=" + c.personalId()));
        SandboxHttp.post(
                sandbox.populationEndpoint().resolve("ChiaSeThongTinCongDan"),
                "application/json",
                "{\"MaYeuCau\":\"YC-77\",\"MaCanBo\":\"CB-7\",\"SoDinhDanh\":\"" + c.personalId() + "\",\"HoVaTen\":\""
                        + c.fullName() + "\"}");
        browser.open(sandbox, "en", "identity");
        browser.awaitText("079******222");
        browser.screenshot("identity");
        browser.open(sandbox, "en", "population");
        browser.awaitText("YC-77");
        assertThat(browser.text("#view")).contains("079******222", "T. T. T. N.");
        browser.screenshot("population");
        assertThat(browser.driver().getPageSource()).doesNotContain(c.personalId(), c.fullName());
    }

    @Test
    void axis_whenSubjectCarriesMarkup_pageShowsItAsTextAndRunsNothing(EgovSandbox sandbox, @TempDir Path dir)
            throws Exception {
        String subject = "<b>in đậm</b><img src=x onerror=\"window.pwned=1\">";
        ConsoleFixtures.Sent sent = ConsoleFixtures.sendAtoB(sandbox, dir, subject);
        browser.open(sandbox, "vi", "axis");
        assertThat(browser.rowText(sent.docIdAtB())).contains(subject);
        assertThat(browser.driver().findElements(By.cssSelector("#view b, #view img")))
                .isEmpty();
        assertThat(browser.driver().executeScript("return window.pwned === undefined"))
                .isEqualTo(true);
    }

    @Test
    void reset_whenClickedOnThePage_emptiesTheAxis(EgovSandbox sandbox, @TempDir Path dir) throws Exception {
        ConsoleFixtures.Sent sent = ConsoleFixtures.sendAtoB(sandbox, dir, "Sẽ được đặt lại");
        browser.open(sandbox, "vi", "axis");
        browser.row(sent.docIdAtB());
        browser.click("#global-actions button");
        browser.awaitToast();
        browser.until("the axis emptied", () -> browser.driver()
                .findElements(By.cssSelector("tr[data-key='" + sent.docIdAtB() + "']"))
                .isEmpty());
        assertThat(Files.exists(ConsoleBrowser.SCREENSHOTS)).isTrue();
    }
}
