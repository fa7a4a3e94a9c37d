package io.github.egovsdk.testkit;

import static io.github.egovsdk.testkit.ConsoleFixtures.action;
import static io.github.egovsdk.testkit.ConsoleFixtures.state;
import static io.github.egovsdk.testkit.ConsoleFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.dvc.payment.PaymentClient;
import io.github.egovsdk.dvc.payment.PaymentInit;
import io.github.egovsdk.dvc.payment.PaymentOrder;
import io.github.egovsdk.dvc.payment.VndAmount;
import io.github.egovsdk.edoc.receive.EdocTracker;
import io.github.egovsdk.edoc.vxp.MessageType;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's JSON state and action endpoints, over plain HTTP as a CI script in any language uses them. */
@EgovSandboxTest
class SandboxConsoleApiTest {

    @Test
    void page_whenServed_isSelfContainedWithoutCdn(EgovSandbox sandbox) throws Exception {
        HttpResponse<String> page = SandboxHttp.get(sandbox.consoleUri());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("/__console/console.js", "/__console/console.css", "Tiếng Việt", "English");
        for (String file : new String[] {"", "/console.js", "/console.css"}) {
            String body =
                    SandboxHttp.get(URI.create(sandbox.consoleUri() + file)).body();
            assertThat(body).as(file).doesNotContain("http://", "https://", "//cdn", "innerHTML");
        }
        assertThat(SandboxHttp.get(URI.create(sandbox.consoleUri() + "/nothing"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void axisView_whenDocumentSent_showsHeaderAttachmentHashAndTransportStatus(EgovSandbox sandbox, @TempDir Path dir)
            throws Exception {
        ConsoleFixtures.Sent sent = ConsoleFixtures.sendAtoB(sandbox, dir, "V/v thử bảng điều khiển");

        JsonNode inboxB = view(state(sandbox), "axis").path("tables").get(1);
        assertThat(inboxB.path("title").path("en").asString())
                .contains(sandbox.agencyB().organId());
        JsonNode row = inboxB.path("rows").get(0);
        assertThat(row.path("key").asString()).isEqualTo(sent.docIdAtB());
        String cells = row.path("cells").toString();
        assertThat(cells)
                .contains(
                        sandbox.agencyA().organId(),
                        sandbox.agencyB().organId(),
                        "45/UBND-VP",
                        "V/v thử bảng điều khiển",
                        "cong-van-45.txt",
                        ConsoleFixtures.ATTACHMENT.length + " B",
                        ConsoleFixtures.sha256(ConsoleFixtures.ATTACHMENT),
                        "waiting");
        assertThat(row.path("actions").size()).isEqualTo(8);
        assertThat(view(state(sandbox), "axis")
                        .path("tables")
                        .get(0)
                        .path("rows")
                        .size())
                .as("A's inbox")
                .isZero();
    }

    @Test
    void answer_whenStatus03Posted_senderTrackerShows03(EgovSandbox sandbox, @TempDir Path dir) throws Exception {
        ConsoleFixtures.Sent sent = ConsoleFixtures.sendAtoB(sandbox, dir, "Trả lời qua API");

        HttpResponse<String> r = action(sandbox, "axis/answer?docId=" + sent.docIdAtB() + "&status=03");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"ok\":true", "03");

        assertThat(ConsoleFixtures.pollStatusesAtA(sandbox, dir.resolve("staging"), sent.tracker()))
                .isEqualTo(1);
        EdocTracker.RecipientStatus b = sent.tracker()
                .latest(sent.document().documentId())
                .get(sandbox.agencyB().organId());
        assertThat(b.statusCode()).isEqualTo("03");
        String axis = view(state(sandbox), "axis").toString();
        assertThat(axis).contains("03 Đã tiếp nhận");
    }

    @Test
    void answer_whenStatusNotOfferedOrPackageUnknown_is400WithReason(EgovSandbox sandbox, @TempDir Path dir)
            throws Exception {
        ConsoleFixtures.Sent sent = ConsoleFixtures.sendAtoB(sandbox, dir, "Sai mã");
        HttpResponse<String> wrongCode = action(sandbox, "axis/answer?docId=" + sent.docIdAtB() + "&status=99");
        assertThat(wrongCode.statusCode()).isEqualTo(400);
        assertThat(wrongCode.body()).contains("99");
        assertThat(action(sandbox, "axis/answer?docId=nope&status=03").statusCode())
                .isEqualTo(400);
        assertThat(action(sandbox, "axis/answer?status=03").body()).contains("docId");
        assertThat(action(sandbox, "axis/frobnicate").statusCode()).isEqualTo(404);
        assertThat(action(sandbox, "nosuchview/x").statusCode()).isEqualTo(404);
    }

    @Test
    void refusals_whenHmacWrongOrFieldWrong_areListedWithTheSandboxReason(EgovSandbox sandbox) throws Exception {
        SandboxAgency forged = new SandboxAgency(
                sandbox.agencyA().organId(),
                sandbox.agencyA().name(),
                sandbox.agencyA().systemId(),
                "not-the-secret");
        try (VxpClient bad = sandbox.axisClient(forged)) {
            bad.countReceived(MessageType.EDOC);
        } catch (RuntimeException expected) {
            // the axis refuses: the console must say why
        }
        String session = ConsoleFixtures.portalSession(sandbox);
        JsonNode r = ConsoleFixtures.syncDossier(sandbox, session, "000.00.00.H27-261204-0009", "2026-12-09");
        assertThat(r.path("error_code").asInt()).isEqualTo(-1);

        JsonNode rows = view(state(sandbox), "refusals").path("tables").get(0).path("rows");
        assertThat(rows.size()).isEqualTo(2);
        String newest = rows.get(0).path("cells").toString();
        assertThat(newest)
                .contains("dvcqg", "/dvcqg/api", "NgayHenTra '2026-12-09' không đúng định dạng yyyyMMddHHmmss");
        String first = rows.get(1).path("cells").toString();
        assertThat(first)
                .contains("vxp", "401", "Chu ky khong hop le", sandbox.agencyA().systemId());
        assertThat(state(sandbox).path("refused").asInt()).isEqualTo(2);
    }

    @Test
    void payActions_whenPendingPayment_settleItAsTheQueryReports(EgovSandbox sandbox) throws Exception {
        try (PaymentClient client = ConsoleFixtures.payments(sandbox, EgovSandbox.PAYMENT_SECRET)) {
            PaymentInit paid = client.init(PaymentOrder.of("000.00.00.H27-261204-0001", VndAmount.of(8000)));
            PaymentInit failed = client.init(PaymentOrder.of("000.00.00.H27-261204-0002", VndAmount.of(8000)));
            assertThat(action(sandbox, "payment/pay?reference=" + paid.reference())
                            .statusCode())
                    .isEqualTo(200);
            assertThat(action(sandbox, "payment/fail?reference=" + failed.reference())
                            .statusCode())
                    .isEqualTo(200);
            assertThat(client.query(paid.reference()).isSuccessful()).isTrue();
            assertThat(client.query(failed.reference()).isSuccessful()).isFalse();
            assertThat(action(sandbox, "payment/pay?reference=" + paid.reference())
                            .statusCode())
                    .as("already settled")
                    .isEqualTo(400);
        }
        String payments = view(state(sandbox), "payment").toString();
        assertThat(payments).contains("00 — thành công", "INIT MAC đúng", "QUERY MAC đúng");
    }

    @Test
    void paymentView_whenMacWrong_showsTheFailedCheckAndTheRefusal(EgovSandbox sandbox) throws Exception {
        try (PaymentClient client = ConsoleFixtures.payments(sandbox, "a-wrong-secret")) {
            client.init(PaymentOrder.of("000.00.00.H27-261204-0003", VndAmount.of(8000)));
        } catch (RuntimeException expected) {
            // refused by the platform
        }
        JsonNode s = state(sandbox);
        assertThat(view(s, "payment").path("tables").get(1).toString()).contains("INIT", "MAC SAI / WRONG");
        assertThat(view(s, "refusals").toString()).contains("/payment/init", "97", "Sai mã xác thực");
    }

    @Test
    void expireSessions_whenPosted_endsEveryPortalSessionAndIsJournaled(EgovSandbox sandbox) throws Exception {
        String session = ConsoleFixtures.portalSession(sandbox);
        assertThat(view(state(sandbox), "portal")
                        .path("tables")
                        .get(1)
                        .path("rows")
                        .size())
                .isEqualTo(1);
        assertThat(action(sandbox, "portal/expire-sessions").body()).contains("1 session(s) expired");
        JsonNode r = ConsoleFixtures.syncDossier(sandbox, session, "000.00.00.H27-261204-0004", "20261209170000");
        assertThat(r.path("error_code").asInt()).isEqualTo(401);
        JsonNode portal = view(state(sandbox), "portal");
        assertThat(portal.path("tables").get(1).path("rows").size()).isZero();
        assertThat(portal.path("tables").get(2).toString()).contains("ended by the sandbox", "login");
    }

    @Test
    void portalView_whenDossierSyncedTwice_showsStatusHistory(EgovSandbox sandbox) throws Exception {
        String session = ConsoleFixtures.portalSession(sandbox);
        ConsoleFixtures.syncDossier(sandbox, session, "000.00.00.H27-261204-0005", "20261209170000");
        ConsoleFixtures.syncDossier(sandbox, session, "000.00.00.H27-261204-0005", "20261210170000");
        JsonNode row = view(state(sandbox), "portal")
                .path("tables")
                .get(0)
                .path("rows")
                .get(0);
        assertThat(row.path("key").asString()).isEqualTo("000.00.00.H27-261204-0005");
        assertThat(row.path("cells").get(2).asString()).as("applicant masked").isEqualTo("N. T. N.");
        assertThat(row.path("cells").get(6).asString().split("\n"))
                .hasSize(2)
                .allMatch(l -> l.endsWith("2 Được tiếp nhận"));
    }

    @Test
    void identityAndPopulation_whenCitizenLooksUp_areShownMasked(EgovSandbox sandbox) throws Exception {
        SandboxCitizen c = SandboxCitizen.ALL.get(0);
        HttpResponse<String> login = SandboxHttp.get(URI.create(sandbox.vneidEndpoint() + "auth?response_type=code"
                + "&client_id=" + EgovSandbox.VNEID_CLIENT_ID + "&redirect_uri=http://127.0.0.1/cb&login_hint="
                + c.personalId()));
        assertThat(login.statusCode()).isEqualTo(302);
        SandboxHttp.post(
                sandbox.populationEndpoint().resolve("XacThucThongTinCongDan"),
                "application/json",
                "{\"MaYeuCau\":\"YC-1\",\"MaCanBo\":\"CB-1\",\"SoDinhDanh\":\"" + c.personalId() + "\",\"HoVaTen\":\""
                        + c.fullName() + "\"}");
        String s = state(sandbox).toString();
        assertThat(view(state(sandbox), "identity").toString()).contains("vneid", "001******345", "N. T. N.");
        assertThat(view(state(sandbox), "population").toString())
                .contains("XacThucThongTinCongDan", "YC-1", "001******345", "yes");
        assertThat(s).doesNotContain(c.personalId(), c.fullName());
    }

    @Test
    void reset_whenPosted_emptiesEveryView(EgovSandbox sandbox, @TempDir Path dir) throws Exception {
        ConsoleFixtures.sendAtoB(sandbox, dir, "Sẽ bị xoá");
        SandboxHttp.get(URI.create(sandbox.baseUrl() + "/no/such/service"));
        assertThat(state(sandbox).path("refused").asInt()).isEqualTo(1);
        assertThat(action(sandbox, "reset").statusCode()).isEqualTo(200);
        JsonNode s = state(sandbox);
        assertThat(view(s, "axis").path("tables").get(1).path("rows").size()).isZero();
        assertThat(s.path("refused").asInt()).isZero();
    }
}
