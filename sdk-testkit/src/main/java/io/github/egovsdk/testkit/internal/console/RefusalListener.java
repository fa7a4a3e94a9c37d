package io.github.egovsdk.testkit.internal.console;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feeds the refusal journal at one place: every answer the sandbox sends is looked at once, after its emulator made
 * it, and a refusal is recorded with the reason the emulator gave — so a new emulator's refusals show up without a
 * line of its own, as long as it answers in one of the shapes the real services use: HTTP 4xx/5xx; the axis'
 * {@code {"status":"FAIL","ErrorCode","ErrorDesc"}}; a non-zero {@code error_code} with {@code message} (portal,
 * payment, population DB); an OAuth {@code {"error","error_description"}}; a SOAP {@code faultstring}; the civil-status
 * shapes ({@link #civilShapes}); or any answer carrying {@link #REFUSAL_HEADER}. Reasons go
 * through {@link ConsoleMask#text} (ID numbers, tokens and secrets masked). The console's own paths are not journaled.
 */
public final class RefusalListener implements ServeEventListener {
    private static final Pattern FAULT = Pattern.compile("<(?:\\w+:)?faultstring[^>]*>([^<]*)<", Pattern.DOTALL);
    private static final int MAX_REASON = 500;
    /**
     * An emulator whose service answers a refusal as plain text with HTTP 200 (the DVCLT software does) sets this
     * header: its body is then recorded as the reason.
     */
    public static final String REFUSAL_HEADER = "X-Egov-Sandbox-Refusal";
    /** The Social Security gateway's result codes that refuse the request itself (not an answer about a card). */
    private static final Map<String, String> EGW_REFUSALS = Map.of(
            "205",
            "Sai định dạng tham số / wrong parameter format",
            "401",
            "Lỗi xác thực tài khoản / account authentication error",
            "500",
            "Lỗi server / server error",
            "1001",
            "File size quá dài / file too large",
            "051",
            "Sai mã thẻ / wrong card number",
            "054",
            "CCCD cán bộ chưa đăng ký với cơ sở KCB / officer's CCCD not registered",
            "055",
            "Họ tên cán bộ không khớp CCCD / officer's name does not match the CCCD");
    /** Refusals are short; a longer successful answer (a downloaded package) is not read. */
    private static final int MAX_INSPECTED = 16 * 1024;

    private final SandboxJournal journal;

    public RefusalListener(SandboxJournal journal) {
        this.journal = journal;
    }

    @Override
    public String getName() {
        return "egov-sandbox-refusals";
    }

    @Override
    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
        Request request = event.getRequest();
        String path = pathOf(request.getUrl());
        if (path.startsWith("/__console") || path.equals("/__health")) {
            return;
        }
        ResponseDefinition response = event.getResponseDefinition();
        int status = response == null ? 404 : response.getStatus();
        byte[] body = response == null || response.getByteBody() == null ? new byte[0] : response.getByteBody();
        boolean flagged = response != null
                && response.getHeaders() != null
                && response.getHeaders().getHeader(REFUSAL_HEADER).isPresent();
        Optional<String[]> refusal = flagged
                ? Optional.of(new String[] {"", printable(new String(body, StandardCharsets.UTF_8))})
                : event.getWasMatched()
                        ? refusal(status, body)
                        : Optional.of(new String[] {
                            "", "Không có dịch vụ nào ở đường dẫn này / no sandbox service at this path"
                        });
        refusal.ifPresent(r -> journal.record(
                serviceOf(path),
                SandboxJournal.REFUSED,
                "method",
                request.getMethod().getName(),
                "path",
                path,
                "http",
                String.valueOf(status),
                "code",
                r[0],
                "reason",
                clip(ConsoleMask.text(r[1])),
                "caller",
                caller(request)));
    }

    /** {code, reason} when the answer is a refusal. */
    static Optional<String[]> refusal(int status, byte[] body) {
        if (body.length > MAX_INSPECTED) {
            return status >= 400
                    ? Optional.of(new String[] {String.valueOf(status), "HTTP " + status})
                    : Optional.empty();
        }
        String text = new String(body, StandardCharsets.UTF_8);
        JsonNode json = text.startsWith("{") ? EgovJson.tryParse(text) : null;
        if (json != null && json.isObject()) {
            if ("FAIL".equals(json.path("status").asString(null))) {
                return Optional.of(new String[] {
                    json.path("ErrorCode").asString(""), json.path("ErrorDesc").asString("")
                });
            }
            Optional<String[]> civil = civilShapes(json);
            if (civil.isPresent()) {
                return civil;
            }
            JsonNode code = json.path("error_code");
            if (!code.isMissingNode()
                    && !code.isNull()
                    && !"0".equals(code.asString("0").strip())) {
                return Optional.of(
                        new String[] {code.asString(""), json.path("message").asString("")});
            }
            if (json.path("error").isString()) {
                return Optional.of(new String[] {
                    json.path("error").asString(),
                    json.path("error_description").asString(json.path("error").asString())
                });
            }
        }
        Matcher fault = FAULT.matcher(text);
        if (fault.find()) {
            return Optional.of(
                    new String[] {String.valueOf(status), fault.group(1).strip()});
        }
        if (status >= 400) {
            String reason = json != null ? json.path("message").asString(text) : printable(text);
            return Optional.of(new String[] {String.valueOf(status), reason.isBlank() ? "HTTP " + status : reason});
        }
        return Optional.empty();
    }

    /**
     * The interconnected civil-status services' refusal shapes: the ministry's {@code {"status":"0", "errorCode",
     * "errorDescription"}} (and {@code status 0} with {@code statusDescription} on a poll), VNeID's {@code
     * {"statusCode":"01"|"03", "errorDetail"}}, the results store's {@code {"errorCode" ≠ "0", "message"}} and
     * ProblemDetails {@code {"title", "errors": {field: [..]}}} with its fields.
     */
    static Optional<String[]> civilShapes(JsonNode json) {
        JsonNode st = json.path("status");
        if ((st.isString() || st.isNumber())
                && "0".equals(st.asString())
                && (json.has("errorDescription") || json.has("statusDescription"))) {
            String reason = json.path("errorDescription").asString("");
            return Optional.of(new String[] {
                json.path("errorCode").asString(""),
                reason.isBlank() ? json.path("statusDescription").asString("") : reason
            });
        }
        if (json.path("statusCode").isString()
                && !"00".equals(json.path("statusCode").asString())) {
            return Optional.of(new String[] {
                json.path("statusCode").asString(), json.path("errorDetail").asString("")
            });
        }
        if (json.path("errorCode").isString()
                && !"0".equals(json.path("errorCode").asString())
                && json.has("message")) {
            return Optional.of(new String[] {
                json.path("errorCode").asString(), json.path("message").asString("")
            });
        }
        String egw = json.path("maKetQua").asString(json.path("MaKetQua").asString(""));
        if (EGW_REFUSALS.containsKey(egw)) {
            return Optional.of(new String[] {egw, EGW_REFUSALS.get(egw)});
        }
        JsonNode errors = json.path("errors");
        if (errors.isObject() && !errors.isEmpty()) {
            StringBuilder r = new StringBuilder(json.path("title").asString(""));
            for (var e : errors.properties()) {
                r.append(r.isEmpty() ? "" : "; ").append(e.getKey()).append(": ");
                e.getValue().forEach(m -> r.append(m.asString("")).append(' '));
            }
            return Optional.of(
                    new String[] {json.path("status").asString(""), r.toString().strip()});
        }
        return Optional.empty();
    }

    private static String printable(String text) {
        return text.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t') ? text : "";
    }

    private static String caller(Request request) {
        for (String h : new String[] {"XroadVnpt-systemid", "dstcode"}) {
            String v = request.getHeader(h);
            if (v != null && !v.isBlank()) {
                return h + ": " + ConsoleMask.text(v);
            }
        }
        return "";
    }

    private static String clip(String s) {
        return s.length() <= MAX_REASON ? s : s.substring(0, MAX_REASON) + "…";
    }

    static String pathOf(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /** The emulator a path belongs to: its first segment ({@code /vxp/sendEdoc} → {@code vxp}). */
    static String serviceOf(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        int slash = p.indexOf('/');
        return slash < 0 ? p : p.substring(0, slash);
    }
}
