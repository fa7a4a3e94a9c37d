package io.github.egovsdk.core.auth;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * OAuth 2.0 client-credentials tokens (RFC 6749 §4.4) for services behind an LGSP / API gateway, as a
 * {@link RequestSigner}: caches the access token, refreshes it before it expires, lets only one thread refresh at a
 * time, and drops it when the service answers 401 so the pipeline retries once with a fresh one.
 * Thread-safe; {@link #close()} releases the token endpoint's connections.
 *
 * <p>Example:
 * <pre>{@code
 * OAuth2ClientCredentials oauth = OAuth2ClientCredentials.builder()
 *         .tokenEndpoint("https://lgsp.example.gov.vn/token").clientId(clientId).clientSecret(clientSecret).build();
 * PopulationDbClient db = PopulationDbClient.builder().endpoint("https://lgsp.example.gov.vn/csdldc/")
 *         .credentials(oauth).build();          // the token is fetched, cached and renewed before it expires
 * }</pre>
 */
public final class OAuth2ClientCredentials implements RequestSigner, AutoCloseable {
    private final URI tokenEndpoint;
    private final String clientId;
    private final char[] clientSecret;
    private final String scope;
    private final Duration refreshMargin;
    private final Clock clock;
    private final HttpPipeline pipeline;
    private final ReentrantLock refreshLock = new ReentrantLock();
    private volatile Token token;

    private OAuth2ClientCredentials(Builder b) {
        this.tokenEndpoint = Objects.requireNonNull(b.tokenEndpoint, "tokenEndpoint is required");
        if (b.clientId == null || b.clientSecret == null) {
            throw new EgovClientException("OAuth2 clientId and clientSecret are required");
        }
        this.clientId = b.clientId;
        this.clientSecret = b.clientSecret.clone();
        this.scope = b.scope;
        this.refreshMargin = b.refreshMargin;
        this.clock = b.clock;
        ClientConfig.Builder config = (b.config == null ? ClientConfig.builder() : b.config.toBuilder())
                .endpoint(tokenEndpoint)
                .credentials(RequestSigner.none())
                .clock(clock);
        if (b.config == null) {
            config.retryPolicy(RetryPolicy.defaults());
        }
        this.pipeline = HttpPipeline.create(config.build());
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public HttpRequest sign(HttpRequest request) {
        return request.withHeader("Authorization", "Bearer " + currentToken());
    }

    @Override
    public boolean onUnauthorized(HttpRequest request) {
        Token t = token;
        if (t != null && request.headers().first("Authorization").orElse("").endsWith(t.value)) {
            token = null;
        }
        return true;
    }

    /** A valid access token, fetched or refreshed when needed (one refresh at a time). */
    public String currentToken() {
        Token t = token;
        if (t != null && clock.instant().isBefore(t.refreshAt)) {
            return t.value;
        }
        refreshLock.lock();
        try {
            t = token;
            if (t == null || !clock.instant().isBefore(t.refreshAt)) {
                t = fetch();
                token = t;
            }
            return t.value;
        } finally {
            refreshLock.unlock();
        }
    }

    private Token fetch() {
        StringBuilder form = new StringBuilder("grant_type=client_credentials");
        if (scope != null) {
            form.append("&scope=").append(URLEncoder.encode(scope, StandardCharsets.UTF_8));
        }
        String basic = Base64.getEncoder()
                .encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                                + URLEncoder.encode(new String(clientSecret), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.builder(HttpMethod.POST, tokenEndpoint)
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .body(RequestBody.ofString(form.toString(), "application/x-www-form-urlencoded"))
                // Asking for a token twice is harmless: the token request may be retried.
                .idempotencyKey(UUID.randomUUID().toString())
                .build();
        Instant requestedAt = clock.instant();
        try (HttpResponse response = pipeline.send(request)) {
            JsonNode json = EgovJson.tryParse(response.bodyAsString(64 * 1024));
            if (json == null || json.get("access_token") == null) {
                throw new EgovServiceException(
                        response.statusCode(),
                        "invalid_token_response",
                        "The token endpoint did not return an access_token",
                        null,
                        null);
            }
            long expiresIn = json.has("expires_in") ? json.get("expires_in").asLong(300) : 300;
            Duration lifetime = Duration.ofSeconds(Math.max(expiresIn, 1));
            Duration margin =
                    refreshMargin.compareTo(lifetime.dividedBy(2)) > 0 ? lifetime.dividedBy(2) : refreshMargin;
            return new Token(
                    json.get("access_token").asString(),
                    requestedAt.plus(lifetime).minus(margin));
        }
    }

    @Override
    public void close() {
        pipeline.close();
    }

    @Override
    public String toString() {
        return "OAuth2ClientCredentials[tokenEndpoint=" + tokenEndpoint + ", clientId=" + clientId
                + ", clientSecret=****]";
    }

    private record Token(String value, Instant refreshAt) {}

    /** Builder of {@link OAuth2ClientCredentials}. */
    public static final class Builder {
        private URI tokenEndpoint;
        private String clientId;
        private char[] clientSecret;
        private String scope;
        private Duration refreshMargin = Duration.ofSeconds(60);
        private Clock clock = Clock.systemUTC();
        private ClientConfig config;

        private Builder() {}

        public Builder tokenEndpoint(URI tokenEndpoint) {
            this.tokenEndpoint = tokenEndpoint;
            return this;
        }

        public Builder tokenEndpoint(String tokenEndpoint) {
            return tokenEndpoint(URI.create(tokenEndpoint));
        }

        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        public Builder clientSecret(char[] clientSecret) {
            this.clientSecret = clientSecret == null ? null : clientSecret.clone();
            return this;
        }

        public Builder clientSecret(String clientSecret) {
            return clientSecret(clientSecret == null ? null : clientSecret.toCharArray());
        }

        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /** How long before expiry the token is refreshed (at most half its lifetime); default 60 s. */
        public Builder refreshMargin(Duration refreshMargin) {
            this.refreshMargin = Objects.requireNonNull(refreshMargin);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** Transport, TLS, proxy and retry settings for the token endpoint (its endpoint is replaced). */
        public Builder httpConfig(ClientConfig config) {
            this.config = config;
            return this;
        }

        public OAuth2ClientCredentials build() {
            return new OAuth2ClientCredentials(this);
        }
    }
}
