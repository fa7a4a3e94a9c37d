package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.testkit.SandboxGateways;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox LGSP (interconnected-services.md §4.1–4.3): each auth style enforced under its own prefix
 * ({@code /lgsp/a/}, {@code a2}, {@code b}, {@code c}, {@code d}, {@code e}, {@code g}) — style A requires both
 * {@code Authorization: Bearer} and {@code lgspaccesstoken} on data calls and {@code lgspaccesstoken} with
 * {@code grant_type=client_credentials} (form) on the token call; B the form client id/secret; C the base64 JSON
 * {@code Authorization}; D the {@code Auth} header; E a fresh {@code Timestamp} and the SHA-256 hash; G the static
 * token. Data calls are population-DB SOAP, answered raw ({@code soap/}) or JSON-wrapped ({@code json/}).
 * A refused credential answers 401 with {@code {error_code:"401", message}}. {@code /csdldc/ws/} is the population
 * database's own SOAP endpoint, without a gateway.
 */
public final class LgspTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-sandbox-lgsp";
    private final PopulationSoapResponder population;
    private final Map<String, Set<String>> tokens = new ConcurrentHashMap<>();

    public LgspTransformer(PopulationSoapResponder population) {
        this.population = population;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    /** Forgets every token issued. */
    public void reset() {
        tokens.clear();
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request r = event.getRequest();
        if (Forms.path(r.getUrl()).equals("/csdldc/ws/")) {
            return soap(population.answer(r.getBodyAsString()));
        }
        String[] parts = Forms.path(r.getUrl()).split("/", 4); // "", "lgsp", style, rest
        if (parts.length < 4) {
            return error(404, "404", "Không có dịch vụ / no such service");
        }
        String style = parts[2];
        String rest = parts[3];
        if (rest.equals("token") || rest.equals("api/v1/Authentication/Token")) {
            return token(style, r);
        }
        String refusal = refusal(style, r);
        if (refusal != null) {
            return error(401, "401", refusal);
        }
        String soap = population.answer(r.getBodyAsString());
        if (rest.startsWith("json/")) {
            ObjectNode o = Responses.object();
            o.put("error_code", "0");
            o.put("message", soap);
            return Responses.json(200, o);
        }
        return soap(soap);
    }

    private static ResponseDefinition soap(String envelope) {
        return new ResponseDefinitionBuilder()
                .withStatus(200)
                .withHeader("Content-Type", "text/xml; charset=utf-8")
                .withBody(envelope)
                .build();
    }

    private ResponseDefinition token(String style, Request r) {
        String keys = SandboxGateways.LGSP_KEYS.headerValue();
        Map<String, String> form = Forms.parse(r.getBodyAsString());
        boolean ok =
                switch (style) {
                    case "a", "a2" ->
                        keys.equals(r.getHeader("lgspaccesstoken"))
                                && "client_credentials".equals(form.get("grant_type"));
                    case "b" ->
                        "client_credentials".equals(form.get("grant_type"))
                                && SandboxGateways.CLIENT_ID.equals(form.get("client_id"))
                                && SandboxGateways.CLIENT_SECRET.equals(form.get("client_secret"));
                    case "d" ->
                        b64(b64(SandboxGateways.AUTH_USER) + ":" + b64(SandboxGateways.AUTH_PASSWORD))
                                .equals(r.getHeader("Auth"));
                    default -> false;
                };
        if (!ok) {
            return error(401, "401", "Sai thông tin xác thực khi lấy token / token request refused");
        }
        String token = "sandbox-lgsp-" + style + "-" + UUID.randomUUID();
        tokens.computeIfAbsent(style, k -> ConcurrentHashMap.newKeySet()).add(token);
        ObjectNode o = Responses.object();
        if (style.equals("d")) {
            o.put("token", token);
            o.put("refreshToken", "sandbox-refresh-" + UUID.randomUUID());
            o.put(
                    "expiryDate",
                    OffsetDateTime.now(ZoneOffset.ofHours(7)).plusHours(1).toString());
        } else {
            o.put("access_token", token);
            o.put("token_type", "Bearer");
            o.put("scope", "default");
            o.put("expires_in", 3600);
        }
        return Responses.json(200, o);
    }

    private String refusal(String style, Request r) {
        String auth = r.getHeader("Authorization");
        return switch (style) {
            case "a", "a2" -> {
                if (!SandboxGateways.LGSP_KEYS.headerValue().equals(r.getHeader("lgspaccesstoken"))) {
                    yield "Thiếu hoặc sai lgspaccesstoken / lgspaccesstoken missing or wrong";
                }
                if (style.equals("a2")
                        && !b64(SandboxGateways.OFFICER_KEY_NAME + ":" + SandboxGateways.OFFICER_KEY_PASS)
                                .equals(r.getHeader("AuthHash"))) {
                    yield "Thiếu hoặc sai AuthHash của cán bộ / officer AuthHash missing or wrong";
                }
                yield bearer(style, auth);
            }
            case "b", "d" -> bearer(style, auth);
            case "c" ->
                SandboxGateways.LGSP_KEYS.headerValue().equals(auth)
                        ? null
                        : "Authorization phải là base64 JSON khóa / Authorization must be the base64 JSON keys";
            case "e" -> xRoad(r);
            case "g" -> ("Bearer " + SandboxGateways.STATIC_TOKEN).equals(auth) ? null : "Sai token / wrong token";
            default -> "Không có kiểu xác thực " + style + " / unknown style";
        };
    }

    private String bearer(String style, String auth) {
        Set<String> issued = tokens.getOrDefault(style, Set.of());
        return auth != null && auth.startsWith("Bearer ") && issued.contains(auth.substring(7))
                ? null
                : "Token không hợp lệ hoặc đã hết hạn / token invalid or expired";
    }

    private static String xRoad(Request r) {
        String ts = r.getHeader("Timestamp");
        String auth = r.getHeader("Authorization");
        if (ts == null
                || auth == null
                || !auth.startsWith("Basic ")
                || !ts.matches("[0-9]{10,15}")
                || Math.abs(System.currentTimeMillis() - Long.parseLong(ts)) > 300_000) {
            return "Thiếu Timestamp/Authorization hoặc quá hạn / Timestamp or Authorization missing or stale";
        }
        if (!SandboxGateways.XROAD_CLIENT.equals(r.getHeader("X-Road-Client"))
                || !SandboxGateways.XROAD_API_KEY.equals(r.getHeader("ApiKey"))) {
            return "Sai X-Road-Client hoặc ApiKey / wrong X-Road-Client or ApiKey";
        }
        String url = "http://" + r.getHeader("Host") + r.getUrl();
        String expected = SandboxGateways.XROAD_USER + ":"
                + sha256(url + SandboxGateways.XROAD_USER + ts + SandboxGateways.XROAD_SECRET);
        try {
            String got = new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8);
            return expected.equals(got) ? null : "Sai chữ ký X-Road / wrong X-Road hash";
        } catch (IllegalArgumentException e) {
            return "Authorization không phải base64 / Authorization is not base64";
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseDefinition error(int status, String code, String message) {
        ObjectNode o = Responses.object();
        o.put("error_code", code);
        o.put("message", message);
        return Responses.json(status, o);
    }
}
