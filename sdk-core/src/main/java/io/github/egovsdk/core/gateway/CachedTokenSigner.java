package io.github.egovsdk.core.gateway;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.auth.RequestSigner;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The token-based gateway styles in one place: fetch a token with the style's own request, cache it until shortly
 * before it expires (one refresh at a time), add it to each request the style's way, and drop it on a 401 so the
 * pipeline retries once with a fresh one. Never logs the token or the request that fetched it.
 */
final class CachedTokenSigner implements RequestSigner, AutoCloseable {
    /** Reads a token reply: the token and its lifetime, or null when the reply has no token. */
    interface TokenReader {
        Token read(JsonNode reply, Instant now);
    }

    record Token(String value, Instant expiresAt) {}

    private final String style;
    private final HttpPipeline pipeline;
    private final Supplier<HttpRequest> tokenRequest;
    private final TokenReader reader;
    private final BiFunction<HttpRequest, String, HttpRequest> apply;
    private final Clock clock;
    private final Duration margin;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Token token;

    CachedTokenSigner(
            String style,
            HttpPipeline pipeline,
            Supplier<HttpRequest> tokenRequest,
            TokenReader reader,
            BiFunction<HttpRequest, String, HttpRequest> apply,
            Clock clock,
            Duration margin) {
        this.style = style;
        this.pipeline = pipeline;
        this.tokenRequest = tokenRequest;
        this.reader = reader;
        this.apply = apply;
        this.clock = clock;
        this.margin = margin;
    }

    @Override
    public HttpRequest sign(HttpRequest request) {
        return apply.apply(request, currentToken());
    }

    @Override
    public boolean onUnauthorized(HttpRequest request) {
        token = null;
        return true;
    }

    /** Drops the cached token: the next call fetches a new one. */
    void invalidate() {
        token = null;
    }

    String currentToken() {
        Token t = token;
        if (fresh(t)) {
            return t.value();
        }
        lock.lock();
        try {
            t = token;
            if (!fresh(t)) {
                t = fetch();
                token = t;
            }
            return t.value();
        } finally {
            lock.unlock();
        }
    }

    private boolean fresh(Token t) {
        return t != null && clock.instant().isBefore(t.expiresAt().minus(margin));
    }

    private Token fetch() {
        Instant now = clock.instant();
        try (HttpResponse response = pipeline.send(tokenRequest.get())) {
            JsonNode json = EgovJson.tryParse(response.bodyAsString(64 * 1024));
            Token t = json == null ? null : reader.read(json, now);
            if (t == null || t.value() == null || t.value().isBlank()) {
                throw new EgovServiceException(
                        response.statusCode(),
                        "invalid_token_response",
                        "The " + style + " token endpoint returned no token / cổng tích hợp không trả về token",
                        null,
                        null);
            }
            return t;
        }
    }

    @Override
    public void close() {
        pipeline.close();
    }

    @Override
    public String toString() {
        return "GatewayAuth[" + style + ", token=****]";
    }

    /** Lifetime from an {@code expires_in} in seconds, else the default. */
    static Instant expiresIn(JsonNode reply, Instant now, Duration fallback) {
        JsonNode e = reply.get("expires_in");
        long s = e == null ? -1 : e.asLong(-1);
        return now.plus(s > 0 ? Duration.ofSeconds(s) : fallback);
    }
}
