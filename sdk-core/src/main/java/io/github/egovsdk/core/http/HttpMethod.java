package io.github.egovsdk.core.http;

/** HTTP methods the SDK uses, with their idempotency per RFC 9110. */
public enum HttpMethod {
    GET(true),
    HEAD(true),
    PUT(true),
    DELETE(true),
    OPTIONS(true),
    POST(false),
    PATCH(false);

    private final boolean idempotent;

    HttpMethod(boolean idempotent) {
        this.idempotent = idempotent;
    }

    /** Whether a retry cannot repeat a side effect (RFC 9110 §9.2.2). */
    public boolean isIdempotent() {
        return idempotent;
    }
}
