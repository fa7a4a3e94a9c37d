package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.auth.VxpHmacSigner;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.edoc.EdxmlReader;
import io.github.egovsdk.edoc.ParsedEdxml;
import io.github.egovsdk.edoc.ResponseFor;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox VXP axis (edxml-and-document-axis.md §11): every call {@code POST {prefix}/{method}}, HMAC headers
 * verified with the calling node's secret, sender checked against the agencies registered under that node, one
 * package per recipient, status messages routed back to the original sender, transport statuses and deliveries.
 */
public final class AxisTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-sandbox-axis";
    private static final Logger LOG = LoggerFactory.getLogger(AxisTransformer.class);
    private static final String P = VxpHmacSigner.PREFIX;
    private final AxisState state;

    public AxisTransformer(AxisState state) {
        this.state = state;
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
        Request request = event.getRequest();
        String path = request.getUrl();
        int q = path.indexOf('?');
        String method = (q < 0 ? path : path.substring(0, q));
        method = method.substring(method.lastIndexOf('/') + 1);
        String systemId = request.getHeader(P + "systemid");
        Optional<String> secret = state.secretOf(systemId);
        if (secret.isEmpty()) {
            return Responses.axisFail(401, "401", "He thong " + systemId + " chua duoc dang ky tren truc");
        }
        String problem = VxpHmacSigner.verify(request::getHeader, secret.get());
        if (!problem.isEmpty()) {
            LOG.debug("Sandbox axis refused a request of {}: {}", systemId, problem);
            return Responses.axisFail(401, "401", "Chu ky khong hop le (XroadVnpt-hash-header): " + problem);
        }
        try {
            return switch (method) {
                case "sendEdoc" -> send(request, systemId);
                case "getReceivedEdocList" -> received(request, systemId);
                case "getEdoc", "downloadEdoc" -> download(request, systemId, method.equals("downloadEdoc"));
                case "updateStatus" -> updateStatus(request, systemId);
                case "getSentEdocList" -> sentList(request, systemId);
                case "countReceiveEdoc" -> count(systemId, "edoc");
                case "countReceiveStatus" -> count(systemId, "status");
                case "getAgenciesList" -> agencies();
                case "registerAgency" -> register(request, systemId);
                default -> Responses.axisFail(404, "404", "Phuong thuc khong ton tai: " + method);
            };
        } catch (RuntimeException e) {
            LOG.debug("Sandbox axis: {} failed: {}", method, Redactor.redact(String.valueOf(e.getMessage())));
            return Responses.axisFail(
                    400, "400", "Yeu cau khong hop le: " + Redactor.redact(String.valueOf(e.getMessage())));
        }
    }

    private ResponseDefinition send(Request request, String systemId) {
        String from = request.getHeader(P + "from");
        String type = Optional.ofNullable(request.getHeader(P + "messagetype")).orElse("edoc");
        if (from == null || !state.isRegisteredUnder(from, systemId)) {
            return Responses.axisFail(200, "1", "Don vi gui " + from + " khong dung voi ma da dang ky: " + systemId);
        }
        byte[] body = request.getBody();
        // The official SDK appends CRLF after the file; the hash covers the file only.
        boolean crlf = body.length >= 2 && body[body.length - 2] == '\r' && body[body.length - 1] == '\n';
        byte[] edxml = crlf ? Arrays.copyOf(body, body.length - 2) : body;
        String hashFile = request.getHeader(P + "hash-file");
        if (hashFile != null && !hashMatches(hashFile, edxml) && !hashMatches(hashFile, body)) {
            return Responses.axisFail(200, "2", "Ma bam tep (hash-file) khong khop voi noi dung");
        }
        ParsedEdxml parsed;
        try {
            parsed = EdxmlReader.builder().build().read(new ByteArrayInputStream(edxml));
        } catch (RuntimeException e) {
            return Responses.axisFail(
                    200, "3", "Goi tin khong dung dinh dang edXML: " + Redactor.redact(String.valueOf(e.getMessage())));
        }
        Set<String> recipients = new LinkedHashSet<>();
        if ("status".equals(type)) {
            for (ResponseFor r : parsed.responseFor()) {
                if (r.organId() != null) {
                    recipients.add(r.organId());
                }
            }
        }
        parsed.to().forEach(o -> recipients.add(o.organId()));
        recipients.remove(from);
        List<String> unknown = new ArrayList<>();
        for (String r : recipients) {
            if (!state.isKnown(r)) {
                unknown.add(r);
            }
        }
        if (recipients.isEmpty() || !unknown.isEmpty()) {
            return Responses.axisFail(200, "4", "Don vi nhan khong ton tai tren truc: " + unknown);
        }
        String notation = parsed.codeNumber() == null ? null : parsed.codeNumber() + "/" + parsed.codeNotation();
        String docId = state.send(type, from, List.copyOf(recipients), edxml, parsed.subject(), notation);
        LOG.debug("Sandbox axis: {} {} from {} to {} as {}", type, parsed.documentId(), from, recipients, docId);
        ObjectNode ok = Responses.axisOk();
        ok.put("DocId", docId);
        return Responses.json(200, ok);
    }

    private static boolean hashMatches(String hashFile, byte[] edxml) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(edxml);
            String h = hashFile.strip().toLowerCase(Locale.ROOT);
            return h.equals(HexFormat.of().formatHex(sha)) || h.equals(VxpHmacSigner.officialHashFileHex(sha));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ResponseDefinition received(Request request, String systemId) {
        String type = Optional.ofNullable(request.getHeader(P + "messagetype")).orElse("edoc");
        ObjectNode ok = Responses.axisOk();
        ArrayNode data = ok.putArray("data");
        for (AxisState.Package p : state.waiting(systemId, type)) {
            ObjectNode d = data.addObject();
            d.put("docId", p.docId);
            d.put("serviceType", "eDoc");
            d.put("messageType", p.messageType);
            d.put("created_time", p.created);
            d.put("updated_time", p.updated);
            d.put("from", p.from);
            d.put("to", p.to);
            d.put("status", p.status);
            d.put("status_desc", p.statusDesc);
        }
        return Responses.json(200, ok);
    }

    private static String docId(Request request) {
        String id = request.getHeader(P + "docId");
        return id != null ? id : request.getHeader(P + "docid");
    }

    private ResponseDefinition download(Request request, String systemId, boolean raw) {
        Optional<AxisState.Package> p = state.received(systemId, docId(request));
        if (p.isEmpty()) {
            return Responses.axisFail(200, "5", "Khong tim thay goi tin " + docId(request));
        }
        if (raw) {
            return new ResponseDefinitionBuilder()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/octet-stream")
                    .withBody(p.get().edxml)
                    .build();
        }
        ObjectNode ok = Responses.axisOk();
        ok.put("data", Base64.getEncoder().encodeToString(p.get().edxml));
        return Responses.json(200, ok);
    }

    private ResponseDefinition updateStatus(Request request, String systemId) {
        Optional<AxisState.Package> p = state.received(systemId, docId(request));
        String status = request.getHeader(P + "status");
        if (p.isEmpty()) {
            return Responses.axisFail(200, "5", "Khong tim thay goi tin " + docId(request));
        }
        if (!List.of("done", "fail", "processing").contains(status)) {
            return Responses.axisFail(200, "6", "Trang thai khong hop le: " + status);
        }
        state.updateStatus(p.get(), status);
        return Responses.json(200, Responses.axisOk());
    }

    private ResponseDefinition sentList(Request request, String systemId) {
        Optional<List<AxisState.Package>> sent = state.sent(systemId, docId(request));
        if (sent.isEmpty()) {
            return Responses.axisFail(200, "5", "Khong tim thay goi tin da gui " + docId(request));
        }
        ObjectNode ok = Responses.axisOk();
        ArrayNode data = ok.putArray("data");
        for (AxisState.Package p : sent.get()) {
            ObjectNode d = data.addObject();
            d.put("serviceType", "eDoc");
            d.put("senderDocId", p.senderDocId);
            d.put("receiverDocId", p.docId);
            d.put("fromCode", p.from);
            d.put("toCode", p.to);
            d.put("sendStatus", "done");
            d.put("sendStatusDesc", "Da gui");
            d.put("receiveStatus", p.status);
            d.put("receiveStatusDesc", p.statusDesc);
            d.put("title", p.title);
            d.put("notation", p.notation);
            d.put("messageType", p.messageType);
            d.put("sentTime", p.created);
            d.put("receivedTime", "initial".equals(p.status) ? null : p.updated);
        }
        return Responses.json(200, ok);
    }

    private ResponseDefinition count(String systemId, String type) {
        ObjectNode ok = Responses.axisOk();
        ok.put("count", state.waiting(systemId, type).size());
        return Responses.json(200, ok);
    }

    private ResponseDefinition agencies() {
        ObjectNode ok = Responses.axisOk();
        ArrayNode data = ok.putArray("data");
        state.agencies().forEach((code, name) -> {
            ObjectNode d = data.addObject();
            d.put("id", code);
            d.put("pid", state.agencySystems().get(code));
            d.put("code", code);
            d.put("name", name);
            d.put("mail", null == name ? null : "vanthu@" + code.toLowerCase(Locale.ROOT) + ".sandbox.invalid");
            d.putNull("oldCode");
        });
        return Responses.json(200, ok);
    }

    private ResponseDefinition register(Request request, String systemId) {
        JsonNode body = EgovJson.tryParse(request.getBodyAsString());
        String code = body == null ? null : body.path("code").asString(null);
        if (code == null || code.isBlank()) {
            return Responses.axisFail(200, "7", "Thieu ma don vi (code)");
        }
        state.register(systemId, code, body.path("name").asString(code));
        return Responses.json(200, Responses.axisOk());
    }
}
