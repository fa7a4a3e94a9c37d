package io.github.egovsdk.core.auth;

import io.github.egovsdk.core.EgovClientException;

/**
 * One static API key (khóa truy cập). Never shows the key in {@link #toString()}.
 *
 * @param key the key, required, never logged
 */
public record ApiKey(String key) implements Credentials {

    public ApiKey {
        if (key == null || key.isBlank()) {
            throw new EgovClientException("ApiKey: key is required / thiếu khóa truy cập");
        }
    }

    @Override
    public String toString() {
        return "ApiKey[****]";
    }
}
