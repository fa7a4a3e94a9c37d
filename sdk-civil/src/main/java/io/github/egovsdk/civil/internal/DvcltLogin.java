package io.github.egovsdk.civil.internal;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.auth.BearerTokenSigner;
import io.github.egovsdk.core.auth.RequestSigner;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The DVCLT token: {@code POST {token path}} with {@code {"userName","password"}} → {@code {"token", "refreshToken",
 * "refreshTokenExpiryTime"}} (the expiry format is not published, so it is not read). The token is kept for a
 * configured lifetime and dropped when the software answers 401; each request is then signed with core's
 * {@link BearerTokenSigner}. Thread-safe; the password is never logged.
 */
public final class DvcltLogin implements RequestSigner, AutoCloseable {
    private final HttpPipeline pipeline;
    private final URI tokenUri;
    private final String userName;
    private final String password;
    private final Duration lifetime;
    private final Clock clock;
    private BearerTokenSigner signer;
    private Instant obtained;

    public DvcltLogin(ClientConfig base, URI tokenUri, String userName, String password, Duration lifetime) {
        this.pipeline = HttpPipeline.create(
                base.toBuilder().credentials(RequestSigner.none()).build());
        this.tokenUri = tokenUri;
        this.userName = userName;
        this.password = password;
        this.lifetime = lifetime;
        this.clock = base.clock();
    }

    @Override
    public HttpRequest sign(HttpRequest request) {
        return current().sign(request);
    }

    @Override
    public synchronized boolean onUnauthorized(HttpRequest request) {
        signer = null;
        return true;
    }

    private synchronized BearerTokenSigner current() {
        if (signer == null || clock.instant().isAfter(obtained.plus(lifetime))) {
            signer = new BearerTokenSigner(fetch());
            obtained = clock.instant();
        }
        return signer;
    }

    private String fetch() {
        ObjectNode body = CivilJson.object().put("userName", userName).put("password", password);
        HttpRequest request = HttpRequest.builder(HttpMethod.POST, tokenUri)
                .header("Accept", "application/json")
                .body(RequestBody.ofBytes(CivilJson.bytes(body), "application/json; charset=utf-8"))
                .idempotencyKey("dvclt-token-" + UUID.randomUUID())
                .build();
        try (HttpResponse response = pipeline.send(request)) {
            JsonNode reply = CivilJson.parse(response.bodyAsString(1 << 16));
            String token = reply == null ? null : CivilJson.text(reply, "token");
            if (token == null) {
                throw new EgovServiceException(
                        response.statusCode(),
                        null,
                        "the DVCLT token reply has no token / không nhận được token DVCLT",
                        null,
                        null);
            }
            return token;
        }
    }

    @Override
    public void close() {
        pipeline.close();
    }

    @Override
    public String toString() {
        return "DvcltLogin[user=" + userName + ", password=****]";
    }
}
