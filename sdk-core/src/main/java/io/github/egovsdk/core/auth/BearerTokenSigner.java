package io.github.egovsdk.core.auth;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.http.HttpRequest;

/** A static bearer token ({@code Authorization: Bearer ...}), e.g. one issued out of band by an LGSP gateway. */
public final class BearerTokenSigner implements RequestSigner {
    private final String token;

    public BearerTokenSigner(String token) {
        if (token == null || token.isBlank()) {
            throw new EgovClientException("Bearer token is required");
        }
        this.token = token;
    }

    @Override
    public HttpRequest sign(HttpRequest request) {
        return request.withHeader("Authorization", "Bearer " + token);
    }

    @Override
    public String toString() {
        return "BearerTokenSigner[token=****]";
    }
}
