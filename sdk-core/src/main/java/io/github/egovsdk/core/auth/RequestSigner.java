package io.github.egovsdk.core.auth;

import io.github.egovsdk.core.http.HttpRequest;

/**
 * SPI: adds authentication to a request, once per attempt (a fresh timestamp and signature every time).
 * Implementations are thread-safe and keep no per-request mutable state. A {@link Credentials} kind of its own, for
 * clients that sign every request.
 */
@FunctionalInterface
public interface RequestSigner extends Credentials {

    /** Returns the request with its authentication headers added. */
    HttpRequest sign(HttpRequest request);

    /**
     * Called when the service answered 401: a token-based signer drops its cached token and returns {@code true}
     * to let the pipeline retry once with a fresh one. Default: no retry.
     */
    default boolean onUnauthorized(HttpRequest request) {
        return false;
    }

    @Override
    default String kind() {
        return "RequestSigner";
    }

    /** No authentication. */
    static RequestSigner none() {
        return request -> request;
    }
}
