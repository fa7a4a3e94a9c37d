package io.github.egovsdk.core.auth;

import io.github.egovsdk.core.EgovClientException;

/**
 * An OAuth 2.0 client id and client secret (RFC 6749 §2.3.1). Never shows the secret in {@link #toString()}.
 *
 * @param clientId the client id, required
 * @param clientSecret the secret, required, never logged
 */
public record OAuth2Client(String clientId, String clientSecret) implements Credentials {

    public OAuth2Client {
        if (clientId == null || clientId.isBlank()) {
            throw new EgovClientException("OAuth2Client: clientId is required / thiếu clientId");
        }
        if (clientSecret == null || clientSecret.isEmpty()) {
            throw new EgovClientException("OAuth2Client: clientSecret is required / thiếu clientSecret");
        }
    }

    @Override
    public String toString() {
        return "OAuth2Client[clientId=" + clientId + ", clientSecret=****]";
    }
}
