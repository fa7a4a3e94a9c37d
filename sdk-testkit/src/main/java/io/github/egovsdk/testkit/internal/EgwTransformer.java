package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.testkit.SandboxSocialSecurity;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox Social Security gateway (interconnected-services.md §5): {@code /egw/api/token/take} (form or JSON,
 * MD5 in either case), {@code /egw/api/egw/KQNhanLichSuKCB2024} (session and login from the query string or the
 * body; officer registration enforced with 054/055; the full field set), {@code /egw/api/hssk/gksk},
 * {@code /egw/api/hososuckhoe/guiGiayToDienTu} and {@code /egw/api/chungtugw/GuiHoSoChungTu2025}. The IP allow-list
 * switch answers HTTP 403 to unlisted callers.
 */
public final class EgwTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-sandbox-egw";
    private final SandboxSocialSecurity state;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Boolean> certificates = new ConcurrentHashMap<>();

    record Session(String idToken, Instant expiresAt, long issuedNanos) {}

    public EgwTransformer(SandboxSocialSecurity state) {
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

    /** Forgets sessions and certificate numbers. */
    public void reset() {
        sessions.clear();
        certificates.clear();
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request r = event.getRequest();
        if (!state.ipAllowList().isEmpty() && !state.ipAllowList().contains(r.getClientIp())) {
            return new ResponseDefinitionBuilder()
                    .withStatus(403)
                    .withBody("IP " + r.getClientIp() + " chưa được đăng ký (mẫu 01/dk-ip-ctn)")
                    .build();
        }
        String path = Forms.path(r.getUrl());
        return switch (path) {
            case "/egw/api/token/take" -> token(r);
            case "/egw/api/egw/KQNhanLichSuKCB2024" -> EgwCardCheck.answer(r, this);
            case "/egw/api/hssk/gksk" -> EgwSubmissions.gksk(r, this);
            case "/egw/api/hososuckhoe/guiGiayToDienTu", "/egw/api/chungtugw/GuiHoSoChungTu2025" ->
                EgwSubmissions.document(r, this, path.endsWith("2025"));
            default -> Responses.json(404, code("404"));
        };
    }

    SandboxSocialSecurity state() {
        return state;
    }

    Map<String, Boolean> certificates() {
        return certificates;
    }

    private ResponseDefinition token(Request r) {
        String body = r.getBodyAsString();
        String user;
        String password;
        JsonNode json = EgovJson.tryParse(body);
        if (json != null && json.isObject()) {
            user = json.path("username").asString("");
            password = json.path("password").asString("");
        } else {
            Map<String, String> form = Forms.parse(body);
            user = form.getOrDefault("username", "");
            password = form.getOrDefault("password", "");
        }
        if (!loginOk(user, password)) {
            return Responses.json(200, code("401"));
        }
        String access = "sandbox-egw-at-" + UUID.randomUUID();
        Instant expires = Instant.now().plus(state.sessionLifetime());
        Session s = new Session("sandbox-egw-idt-" + UUID.randomUUID(), expires, System.nanoTime());
        sessions.put(access, s);
        ObjectNode o = code("200");
        ObjectNode key = o.putObject("APIKey");
        key.put("access_token", access);
        key.put("id_token", s.idToken());
        key.put("token_type", "Bearer");
        key.put("username", user);
        key.put("expires_in", expires.truncatedTo(ChronoUnit.SECONDS).toString());
        return Responses.json(200, o);
    }

    /** The facility account with its password's MD5 in either case. */
    static boolean loginOk(String user, String passwordDigest) {
        return SandboxSocialSecurity.USERNAME.equals(user)
                && md5(SandboxSocialSecurity.PASSWORD).equalsIgnoreCase(passwordDigest == null ? "" : passwordDigest);
    }

    /** Whether {@code token}/{@code idToken} is a live session of this gateway. */
    boolean sessionOk(String token, String idToken) {
        Session s = token == null ? null : sessions.get(token);
        return s != null
                && s.idToken().equals(idToken)
                && Instant.now().isBefore(s.expiresAt())
                && s.issuedNanos() - state.sessionsValidFrom() > 0;
    }

    static String md5(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)))
                    .toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode code(String code) {
        ObjectNode o = Responses.object();
        o.put("maKetQua", code);
        return o;
    }
}
