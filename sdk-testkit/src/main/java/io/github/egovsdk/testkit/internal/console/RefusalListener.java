package io.github.egovsdk.testkit.internal.console;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.json.EgovJson;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;

/**
 * Feeds the refusal journal at one place: every answer the sandbox sends is looked at once, after its emulator made
 * it, and a refusal is recorded with the reason the emulator gave — so a new emulator's refusals show up without a
 * line of its own, as long as it answers in one of the shapes the real services use: HTTP 4xx/5xx; the axis'
 * {@code {"status":"FAIL","ErrorCode","ErrorDesc"}}; a non-zero {@code error_code} with {@code message} (portal,
 * payment, population DB); an OAuth {@code {"error","error_description"}}; a SOAP {@code faultstring}. Reasons go
 * through {@link ConsoleMask#text} (ID numbers, tokens and secrets masked). The console's own paths are not journaled.
 */
public final class RefusalListener implements ServeEventListener {
    private static final Pattern FAULT = Pattern.compile("<(?:\\w+:)?faultstring[^>]*>([^<]*)<", Pattern.DOTALL);
    private static final int MAX_REASON = 500;
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
        Optional<String[]> refusal = event.getWasMatched() ? refusal(status, body)
                : Optional.of(new String[] {"", "Không có dịch vụ nào ở đường dẫn này / no sandbox service at this path"});
        refusal.ifPresent(r -> journal.record(serviceOf(path), SandboxJournal.REFUSED,
                "method", request.getMethod().getName(), "path", path, "http", String.valueOf(status),
                "code", r[0], "reason", clip(ConsoleMask.text(r[1])), "caller", caller(request)));
    }

    /** {code, reason} when the answer is a refusal. */
    static Optional<String[]> refusal(int status, byte[] body) {
        if (body.length > MAX_INSPECTED) {
            return status >= 400 ? Optional.of(new String[] {String.valueOf(status), "HTTP " + status})
                    : Optional.empty();
        }
        String text = new String(body, StandardCharsets.UTF_8);
        JsonNode json = text.startsWith("{") ? EgovJson.tryParse(text) : null;
        if (json != null && json.isObject()) {
            if ("FAIL".equals(json.path("status").asString(null))) {
                return Optional.of(new String[] {json.path("ErrorCode").asString(""), json.path("ErrorDesc").asString("")});
            }
            JsonNode code = json.path("error_code");
            if (!code.isMissingNode() && !code.isNull() && !"0".equals(code.asString("0").strip())) {
                return Optional.of(new String[] {code.asString(""), json.path("message").asString("")});
            }
            if (json.path("error").isString()) {
                return Optional.of(new String[] {json.path("error").asString(),
                        json.path("error_description").asString(json.path("error").asString())});
            }
        }
        Matcher fault = FAULT.matcher(text);
        if (fault.find()) {
            return Optional.of(new String[] {String.valueOf(status), fault.group(1).strip()});
        }
        if (status >= 400) {
            String reason = json != null ? json.path("message").asString(text) : printable(text);
            return Optional.of(new String[] {String.valueOf(status), reason.isBlank() ? "HTTP " + status : reason});
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
