package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.testkit.internal.console.ConsoleMask;
import io.github.egovsdk.testkit.internal.console.SandboxJournal;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Journals what vendors' software sent to the gateways — the LGSP ({@code /lgsp/}, and the population database's
 * own SOAP endpoint {@code /csdldc/ws/}) and the Social Security gateway ({@code /egw/}) — as {@code call} events
 * for the console: auth style and which auth headers came (names only, never values), the operation, the citizen
 * or card (masked), the HTTP status and the service's result code.
 */
public final class GatewayTraffic implements ServeEventListener {
    static final String KIND = "call";
    private static final Pattern SOAP_OP =
            Pattern.compile("<(?:\\w+:)?Body[^>]*>\\s*<(?:\\w+:)?(\\w+)", Pattern.DOTALL);
    private static final Pattern SOAP_ID = Pattern.compile("<(?:\\w+:)?SoDinhDanh>\\s*([0-9]{9,12})\\s*<");
    private static final List<String> AUTH_HEADERS = List.of(
            "Authorization",
            "lgspaccesstoken",
            "AuthHash",
            "Auth",
            "X-Road-Client",
            "Timestamp",
            "ApiKey",
            "Username",
            "Password");
    private static final int MAX_BODY = 256 * 1024;
    private final SandboxJournal journal;

    public GatewayTraffic(SandboxJournal journal) {
        this.journal = journal;
    }

    @Override
    public String getName() {
        return "egov-sandbox-gateway-traffic";
    }

    @Override
    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
        Request r = event.getRequest();
        String path = Forms.path(r.getUrl());
        ResponseDefinition response = event.getResponseDefinition();
        String http = String.valueOf(response == null ? 404 : response.getStatus());
        String reply = response == null || response.getByteBody() == null || response.getByteBody().length > MAX_BODY
                ? ""
                : new String(response.getByteBody(), StandardCharsets.UTF_8);
        String body = r.getBody() == null || r.getBody().length > MAX_BODY ? "" : r.getBodyAsString();
        if (path.startsWith("/lgsp/") || path.equals("/csdldc/ws/")) {
            String[] parts = path.split("/", 4);
            String style = path.equals("/csdldc/ws/") ? "direct" : parts.length > 2 ? parts[2] : "";
            String rest = parts.length > 3 ? parts[3] : "";
            boolean token = rest.equals("token") || rest.endsWith("Authentication/Token");
            journal.record(
                    "lgsp",
                    KIND,
                    "style",
                    style,
                    "operation",
                    token ? "token" : op(body),
                    "headers",
                    headers(r),
                    "citizen",
                    id(body),
                    "http",
                    http,
                    "result",
                    lgspResult(reply));
        } else if (path.startsWith("/egw/")) {
            journal.record(
                    "egw",
                    KIND,
                    "operation",
                    path.substring(path.lastIndexOf('/') + 1),
                    "subject",
                    egwSubject(path, r, body),
                    "headers",
                    headers(r),
                    "http",
                    http,
                    "result",
                    egwResult(reply));
        }
    }

    private static String op(String soap) {
        Matcher m = SOAP_OP.matcher(soap);
        return m.find() ? m.group(1) : "";
    }

    private static String id(String soap) {
        Matcher m = SOAP_ID.matcher(soap);
        return m.find() ? ConsoleMask.id(m.group(1)) : "";
    }

    private static String headers(Request r) {
        List<String> present = new ArrayList<>();
        for (String h : AUTH_HEADERS) {
            String v = r.getHeader(h);
            if (v != null && !v.isBlank()) {
                present.add(h);
            }
        }
        return String.join(", ", present);
    }

    private static String lgspResult(String reply) {
        if (reply.contains("faultstring")) {
            return "SOAP fault";
        }
        JsonNode json = reply.startsWith("{") ? EgovJson.tryParse(reply) : null;
        if (json != null && json.has("error_code")) {
            return "error_code " + json.path("error_code").asString("");
        }
        if (json != null && (json.has("access_token") || json.has("token"))) {
            return "token";
        }
        return reply.contains("Envelope") ? "SOAP" : "";
    }

    private static String egwSubject(String path, Request r, String body) {
        if (path.endsWith("KQNhanLichSuKCB2024")) {
            JsonNode b = EgovJson.tryParse(body);
            return b == null ? "" : "maThe " + ConsoleMask.id(b.path("maThe").asString(""));
        }
        if (path.endsWith("gksk")) {
            JsonNode b = EgovJson.tryParse(body);
            return b == null
                    ? ""
                    : "SO " + b.path("SO").asString("") + ", " + b.path("STATE").asString("");
        }
        Map<String, String> form = Forms.parse(body);
        if (form.containsKey("loaiHs")) {
            return "loaiHs " + form.get("loaiHs")
                    + (form.containsKey("fileBase64Str")
                            ? ", fileBase64Str"
                            : form.containsKey("fileHsBase64") ? ", fileHsBase64" : "");
        }
        return form.containsKey("username") ? "username " + ConsoleMask.text(form.get("username")) : "";
    }

    private static String egwResult(String reply) {
        JsonNode json = reply.startsWith("{") ? EgovJson.tryParse(reply) : null;
        if (json == null) {
            return ConsoleMask.text(reply.length() > 120 ? reply.substring(0, 120) : reply);
        }
        for (String f : List.of("maKetQua", "MaKetQua", "MSG_STATE")) {
            if (json.has(f)) {
                return f + " " + json.path(f).asString("");
            }
        }
        return "";
    }
}
