package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.auth.VxpHmacSigner;
import io.github.egovsdk.core.internal.json.EgovJson;
import io.github.egovsdk.edoc.EdxmlReader;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.ParsedEdxml;
import io.github.egovsdk.testkit.SandboxAgency;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The VXP axis, stateful, behind WireMock: verifies the HMAC headers with each node's secret (a bad signature gets
 * the axis' error), checks the sender is registered under the calling node, delivers a sent message to every
 * recipient with a new docId (statuses back to the original sender), and tracks transport status per recipient.
 */
public final class AxisTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-vxp-axis";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private final AxisState state = new AxisState();

    public void register(SandboxAgency agency) {
        state.register(agency);
    }

    public void reset() {
        state.reset();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request r = event.getRequest();
        String method = r.getUrl().replaceAll("^.*/", "").replaceAll("\\?.*$", "");
        String systemId = r.getHeader("XroadVnpt-systemid");
        String secret = systemId == null ? null : state.secretOf(systemId);
        if (secret == null) {
            return error(401, "-1", "He thong " + systemId + " chua dang ky");
        }
        String problem = VxpHmacSigner.verify(r::getHeader, secret);
        if (!problem.isEmpty()) {
            return error(401, "-1", "Chu ky khong hop le: " + problem);
        }
        return switch (method) {
            case "sendEdoc" -> send(r, systemId);
            case "getReceivedEdocList" -> list(r, systemId);
            case "getEdoc" -> get(r, systemId);
            case "downloadEdoc" -> download(r, systemId);
            case "updateStatus" -> update(r, systemId);
            case "getSentEdocList" -> sent(r);
            case "countReceiveEdoc" -> ok(Map.of("count", state.waitingFor(systemId, "edoc").size()));
            case "countReceiveStatus" -> ok(Map.of("count", state.waitingFor(systemId, "status").size()));
            default -> error(404, "404", "Phuong thuc khong ton tai: " + method);
        };
    }

    private ResponseDefinition send(Request r, String systemId) {
        String from = r.getHeader("XroadVnpt-from");
        String type = r.getHeader("XroadVnpt-messagetype");
        if (!state.registeredUnder(from, systemId)) {
            return error(200, "10", "Don vi gui " + from + " khong dung voi ma da dang ky: " + systemId);
        }
        byte[] body = r.getBody();
        byte[] edxml = body.length >= 2 && body[body.length - 2] == '\r' && body[body.length - 1] == '\n'
                ? Arrays.copyOf(body, body.length - 2) : body;
        String hashFile = r.getHeader("XroadVnpt-hash-file");
        byte[] digest = sha256(edxml);
        if (hashFile != null && !hashFile.equals(VxpHmacSigner.officialHashFileHex(digest))
                && !hashFile.equalsIgnoreCase(HexFormat.of().formatHex(digest))) {
            return error(200, "11", "hash-file khong khop voi noi dung");
        }
        ParsedEdxml parsed;
        try {
            parsed = EdxmlReader.builder().build().read(new ByteArrayInputStream(edxml));
        } catch (RuntimeException e) {
            return error(200, "12", "Goi tin edXML khong hop le: " + e.getMessage());
        }
        List<String> recipients = "status".equals(type)
                ? parsed.responseFor().stream().map(rf -> rf.organId()).toList()
                : parsed.to().stream().map(Organization::organId).toList();
        if (recipients.isEmpty()) {
            return error(200, "13", "Khong co don vi nhan");
        }
        String senderDocId = newId();
        String now = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(TIME);
        for (String to : Set.copyOf(recipients)) {
            state.deliver(new AxisState.Delivery(newId(), senderDocId, from, to, type, edxml, now, "initial"));
        }
        return ok(Map.of("DocId", senderDocId));
    }

    private ResponseDefinition list(Request r, String systemId) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (AxisState.Delivery d : state.waitingFor(systemId, r.getHeader("XroadVnpt-messagetype"))) {
            data.add(Map.of("docId", d.docId(), "serviceType", "eDoc", "messageType", d.messageType(), "from",
                    d.from(), "to", d.to(), "status", d.status(), "created_time", d.created()));
        }
        return ok(Map.of("data", data));
    }

    private AxisState.Delivery mine(Request r, String systemId) {
        String docId = r.getHeader("XroadVnpt-docId");
        if (docId == null) {
            docId = r.getHeader("XroadVnpt-docid");
        }
        AxisState.Delivery d = docId == null ? null : state.deliveries.get(docId);
        return d != null && state.registeredUnder(d.to(), systemId) ? d : null;
    }

    private ResponseDefinition get(Request r, String systemId) {
        AxisState.Delivery d = mine(r, systemId);
        return d == null ? error(200, "20", "Khong tim thay goi tin")
                : ok(Map.of("data", Base64.getEncoder().encodeToString(d.edxml())));
    }

    private ResponseDefinition download(Request r, String systemId) {
        AxisState.Delivery d = mine(r, systemId);
        return d == null ? error(404, "20", "Khong tim thay goi tin")
                : new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder().withStatus(200)
                        .withHeader("Content-Type", "application/octet-stream").withBody(d.edxml()).build();
    }

    private ResponseDefinition update(Request r, String systemId) {
        AxisState.Delivery d = mine(r, systemId);
        String status = r.getHeader("XroadVnpt-status");
        if (d == null || status == null || !Set.of("done", "fail", "processing").contains(status)) {
            return error(200, "21", "Trang thai hoac goi tin khong hop le");
        }
        state.deliveries.put(d.docId(), new AxisState.Delivery(d.docId(), d.senderDocId(), d.from(), d.to(),
                d.messageType(), d.edxml(), d.created(), status));
        return ok(Map.of());
    }

    private ResponseDefinition sent(Request r) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (String id : state.bySender.getOrDefault(r.getHeader("XroadVnpt-docId"), List.of())) {
            AxisState.Delivery d = state.deliveries.get(id);
            data.add(Map.of("toCode", d.to(), "receiverDocId", d.docId(), "sendStatus", "done",
                    "receiveStatus", d.status(), "receiveStatusDesc", d.status(), "receivedTime", d.created()));
        }
        return ok(Map.of("data", data));
    }

    private static ResponseDefinition ok(Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "OK");
        body.put("ErrorCode", "0");
        body.put("ErrorDesc", "Thanh cong");
        body.putAll(fields);
        return json(200, body);
    }

    private static ResponseDefinition error(int status, String code, String desc) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "FAIL");
        body.put("ErrorCode", code);
        body.put("ErrorDesc", desc);
        return json(status, body);
    }

    private static ResponseDefinition json(int status, Map<String, Object> body) {
        return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(EgovJson.mapper().writeValueAsString(body)).build();
    }

    private static String newId() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
