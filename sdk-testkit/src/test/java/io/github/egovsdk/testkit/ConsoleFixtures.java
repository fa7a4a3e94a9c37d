package io.github.egovsdk.testkit;

import static io.github.egovsdk.testkit.SandboxHttp.json;
import static io.github.egovsdk.testkit.SandboxHttp.post;

import io.github.egovsdk.dvc.payment.PaymentClient;
import io.github.egovsdk.edoc.Attachment;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.receive.EdocReceiver;
import io.github.egovsdk.edoc.receive.EdocTracker;
import io.github.egovsdk.edoc.vxp.MessageType;
import io.github.egovsdk.edoc.vxp.SendResult;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;

/** What the console tests do to the sandbox, the way a vendor's software would. */
final class ConsoleFixtures {
    static final byte[] ATTACHMENT = "Nội dung công văn thử nghiệm (sandbox console)".getBytes(StandardCharsets.UTF_8);

    private ConsoleFixtures() {}

    /** A sent document: the edXML, the sender's tracker and the receiver's DocId at B. */
    record Sent(EdocDocument document, EdocTracker tracker, SendResult result, String docIdAtB) {}

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    /** A sends a letter with one attachment to B; A's tracker knows it. */
    static Sent sendAtoB(EgovSandbox s, Path dir, String subject) throws Exception {
        EdocDocument doc = EdocDocument.builder()
                .from(Organization.of(s.agencyA().organId(), s.agencyA().name()))
                .to(Organization.of(s.agencyB().organId(), s.agencyB().name()))
                .code("45", "UBND-VP")
                .promulgation("Bắc Ninh", LocalDate.of(2026, 12, 4))
                .subject(subject)
                .attachment(Attachment.of(
                        "1", "cong-van-45.txt", "text/plain", null, () -> new ByteArrayInputStream(ATTACHMENT)))
                .build();
        Path file = dir.resolve("cong-van-45.edxml");
        EdxmlWriter.standard().write(doc, file);
        EdocTracker tracker = new EdocTracker();
        tracker.sent(doc);
        try (VxpClient a = s.axisClient(s.agencyA());
                VxpClient b = s.axisClient(s.agencyB())) {
            SendResult sent = a.sendDocument(file, s.agencyA().organId());
            String atB = b.listReceived(MessageType.EDOC).get(0).docId();
            return new Sent(doc, tracker, sent, atB);
        }
    }

    /** A's receive loop takes its status messages into the tracker, as the sender's software does. */
    static int pollStatusesAtA(EgovSandbox s, Path dir, EdocTracker tracker) {
        try (VxpClient a = s.axisClient(s.agencyA())) {
            return EdocReceiver.builder()
                    .client(a)
                    .messageType(MessageType.STATUS)
                    .stagingDirectory(dir)
                    .handler((docId, status, file) -> tracker.onStatus(status))
                    .build()
                    .pollOnce();
        }
    }

    static String portalSession(EgovSandbox s) throws Exception {
        return json(post(
                        s.portalEndpoint().resolve("login"),
                        "application/json",
                        "{\"username\":\"" + EgovSandbox.PORTAL_USERNAME + "\",\"password\":\""
                                + EgovSandbox.PORTAL_PASSWORD + "\"}",
                        "dstcode",
                        "000.00.00.H27"))
                .path("session")
                .asString();
    }

    /** {@code DongBoHoSoMC} of one dossier with the given due date (yyyyMMddHHmmss when right). */
    static JsonNode syncDossier(EgovSandbox s, String session, String code, String due) throws Exception {
        String dossier = "{\"MaHoSo\":\"" + code + "\",\"MaTTHC\":\"1.001234\",\"TenTTHC\":\"Cấp bản sao trích lục"
                + " hộ tịch\",\"ChuHoSo\":\"Nguyễn Thử Nghiệm\",\"NgayTiepNhan\":\"20261123090000\",\"NgayHenTra\":\""
                + due + "\",\"TrangThaiHoSo\":\"2\"}";
        return json(post(
                s.portalEndpoint().resolve("api"),
                "application/json",
                "{\"session\":\"" + session
                        + "\",\"madonvi\":\"000.00.00.H27\",\"service\":\"DongBoHoSoMC\",\"isUpdating\":\"True\",\"da"
                        + "ta\":["
                        + dossier + "]}",
                "dstcode",
                "000.00.00.H27"));
    }

    static PaymentClient payments(EgovSandbox s, String secret) {
        return PaymentClient.builder()
                .endpoint(s.paymentEndpoint())
                .partnerCode(EgovSandbox.PAYMENT_PARTNER)
                .secret(secret)
                .serverIp("127.0.0.1")
                .build();
    }

    /** {@code POST /__console/api/...} */
    static HttpResponse<String> action(EgovSandbox s, String pathAndQuery) throws Exception {
        return post(
                URI.create(s.baseUrl() + "/__console/api/" + pathAndQuery), "application/x-www-form-urlencoded", "");
    }

    static JsonNode state(EgovSandbox s) throws Exception {
        return json(SandboxHttp.get(URI.create(s.baseUrl() + "/__console/api/state")));
    }

    /** The view with this id in a state. */
    static JsonNode view(JsonNode state, String id) {
        for (JsonNode v : state.path("views")) {
            if (v.path("id").asString().equals(id)) {
                return v;
            }
        }
        throw new AssertionError("No console view " + id + " in " + state);
    }
}
