package io.github.egovsdk.health.internal;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.health.EgwLogin;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The gateway session ({@code POST api/token/take}): {@code {maKetQua:"200", APIKey:{access_token, id_token,
 * token_type, username, expires_in}}}. {@code expires_in} is described as the UTC expiry time; a number is read as
 * seconds, a date-time as that instant (UTC when it has no offset); otherwise the session is kept 20 hours, as one
 * client does. Renewed a minute before expiry and when a data call answers 401. Never logs a token.
 */
public final class EgwSession {
    /** The token pair. */
    public record Tokens(String accessToken, String idToken, Instant expiresAt) {
        @Override
        public String toString() {
            return "Tokens[****]";
        }
    }

    private static final Duration MARGIN = Duration.ofMinutes(1);
    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss"),
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss"));
    private final HttpPipeline pipeline;
    private final URI tokenUri;
    private final EgwLogin login;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Tokens tokens;

    public EgwSession(HttpPipeline pipeline, URI tokenUri, EgwLogin login) {
        this.pipeline = pipeline;
        this.tokenUri = tokenUri;
        this.login = login;
    }

    public EgwLogin login() {
        return login;
    }

    /** Valid tokens, fetched when missing or about to expire (one fetch at a time). */
    public Tokens current() {
        Tokens t = tokens;
        Instant now = pipeline.config().clock().instant();
        if (t != null && now.isBefore(t.expiresAt().minus(MARGIN))) {
            return t;
        }
        lock.lock();
        try {
            t = tokens;
            if (t == null || !now.isBefore(t.expiresAt().minus(MARGIN))) {
                t = take();
                tokens = t;
            }
            return t;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets the tokens the gateway refused. */
    public void invalidate(Tokens refused) {
        if (tokens == refused) {
            tokens = null;
        }
    }

    private Tokens take() {
        RequestBody body;
        if (login.encoding() == EgwLogin.TokenEncoding.JSON) {
            Map<String, String> json = new LinkedHashMap<>();
            json.put("username", login.username());
            json.put("password", login.passwordDigest());
            body = RequestBody.ofBytes(EgovJson.write(json), "application/json; charset=UTF-8");
        } else {
            body = RequestBody.ofString(
                    "username=" + URLEncoder.encode(login.username(), StandardCharsets.UTF_8) + "&password="
                            + login.passwordDigest(),
                    "application/x-www-form-urlencoded");
        }
        Instant now = pipeline.config().clock().instant();
        HttpRequest request = HttpRequest.builder(HttpMethod.POST, tokenUri)
                .header("Accept", "application/json")
                .body(body)
                .idempotencyKey(UUID.randomUUID().toString())
                .build();
        try (HttpResponse response = pipeline.send(request)) {
            JsonNode reply = EgovJson.tryParse(response.bodyAsString(64 * 1024));
            if (reply == null || !reply.isObject()) {
                throw new EgovServiceException(
                        response.statusCode(),
                        "TOKEN_UNREADABLE",
                        "The gateway's token reply" + " is not JSON / phản hồi lấy phiên làm việc không đọc được",
                        null,
                        null);
            }
            String code = EgwJson.text(reply, "maKetQua", "MaKetQua");
            JsonNode key = reply.has("APIKey") ? reply.get("APIKey") : reply.path("apiKey");
            String access = EgwJson.text(key, "access_token");
            if (!"200".equals(code) || access.isEmpty()) {
                throw TokenCodes.failure(code.isEmpty() ? "NO_CODE" : code);
            }
            return new Tokens(access, EgwJson.text(key, "id_token"), expiry(key.get("expires_in"), now));
        }
    }

    static Instant expiry(JsonNode expiresIn, Instant now) {
        if (expiresIn != null && expiresIn.isNumber() && expiresIn.asLong() > 0) {
            return now.plusSeconds(expiresIn.asLong());
        }
        String t = expiresIn == null || expiresIn.isNull()
                ? ""
                : expiresIn.asString("").strip();
        if (t.matches("[0-9]{1,9}")) {
            return now.plusSeconds(Long.parseLong(t));
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // no offset: UTC as described
        }
        for (DateTimeFormatter f : LOCAL) {
            try {
                return LocalDateTime.parse(t, f).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        return now.plus(Duration.ofHours(20));
    }
}
