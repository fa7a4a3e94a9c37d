package io.github.egovsdk.core.auth;

import io.github.egovsdk.core.EgovClientException;

/**
 * A system id (mã hệ thống) and the shared secret its requests are HMAC-signed with (the document axis VXP). Never
 * shows the secret in {@link #toString()}.
 *
 * @param systemId the system id (mã hệ thống), required
 * @param secret the secret, required, never logged
 */
public record SystemCredentials(String systemId, String secret) implements Credentials {

    public SystemCredentials {
        if (systemId == null || systemId.isBlank()) {
            throw new EgovClientException("SystemCredentials: systemId is required / thiếu systemId");
        }
        if (secret == null || secret.isEmpty()) {
            throw new EgovClientException("SystemCredentials: secret is required / thiếu secret");
        }
    }

    @Override
    public String toString() {
        return "SystemCredentials[systemId=" + systemId + ", secret=****]";
    }
}
