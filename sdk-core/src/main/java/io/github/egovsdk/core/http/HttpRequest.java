package io.github.egovsdk.core.http;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable HTTP request. Auth signers return a new request with their headers added; nothing is shared or
 * mutated between attempts.
 */
public final class HttpRequest {
    private final HttpMethod method;
    private final URI uri;
    private final HttpHeaders headers;
    private final RequestBody body;
    private final String idempotencyKey;
    private final String operation;

    private HttpRequest(Builder b) {
        this.method = Objects.requireNonNull(b.method, "method");
        this.uri = Objects.requireNonNull(b.uri, "uri");
        this.headers = HttpHeaders.of(b.headers);
        this.body = b.body;
        this.idempotencyKey = b.idempotencyKey;
        this.operation = b.operation;
    }

    public static Builder builder(HttpMethod method, URI uri) {
        return new Builder().method(method).uri(uri);
    }

    public HttpMethod method() {
        return method;
    }

    public URI uri() {
        return uri;
    }

    public HttpHeaders headers() {
        return headers;
    }

    public Optional<RequestBody> body() {
        return Optional.ofNullable(body);
    }

    /**
     * The key that makes a non-idempotent call safe to retry; the same key is sent on every attempt
     * (header {@code Idempotency-Key}). Empty for calls that must not be retried unless idempotent.
     */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /**
     * The operation's name for observation (tag {@code egov.operation}, MDC {@code egov.operation}), e.g.
     * {@code sendDocument}: a constant, never personal data. Empty = the HTTP method.
     */
    public Optional<String> operation() {
        return Optional.ofNullable(operation);
    }

    /** Whether a retry of this request cannot repeat a side effect. */
    public boolean isSafeToRetry() {
        return (method.isIdempotent() || idempotencyKey != null) && (body == null || body.isReplayable());
    }

    public Builder toBuilder() {
        return new Builder()
                .method(method)
                .uri(uri)
                .headers(headers)
                .body(body)
                .idempotencyKey(idempotencyKey)
                .operation(operation);
    }

    /** Same request with one header set. */
    public HttpRequest withHeader(String name, String value) {
        return toBuilder().header(name, value).build();
    }

    @Override
    public String toString() {
        // The query may carry tokens in some services' APIs: keep it out of logs.
        return method + " " + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    }

    /** Builder of {@link HttpRequest}. */
    public static final class Builder {
        private HttpMethod method;
        private URI uri;
        // Mutable while building: setting n headers costs n map puts, not n map copies.
        private final TreeMap<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private RequestBody body;
        private String idempotencyKey;
        private String operation;

        private Builder() {}

        public Builder method(HttpMethod method) {
            this.method = method;
            return this;
        }

        public Builder uri(URI uri) {
            this.uri = uri;
            return this;
        }

        public Builder headers(HttpHeaders headers) {
            Objects.requireNonNull(headers, "headers");
            this.headers.clear();
            this.headers.putAll(headers.asMap());
            return this;
        }

        public Builder header(String name, String value) {
            this.headers.put(name, List.of(value));
            return this;
        }

        public Builder body(RequestBody body) {
            this.body = body;
            return this;
        }

        public Builder idempotencyKey(String idempotencyKey) {
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        /** See {@link HttpRequest#operation()}. */
        public Builder operation(String operation) {
            this.operation = operation;
            return this;
        }

        public HttpRequest build() {
            return new HttpRequest(this);
        }
    }
}
