package io.github.egovsdk.core.auth;

import io.github.egovsdk.core.EgovClientException;

/**
 * A username and password for a session login (tên đăng nhập, mật khẩu). Never shows the secret in {@link #toString()}.
 *
 * @param username the username (tên đăng nhập), required
 * @param password the secret, required, never logged
 */
public record UsernamePassword(String username, String password) implements Credentials {

    public UsernamePassword {
        if (username == null || username.isBlank()) {
            throw new EgovClientException("UsernamePassword: username is required / thiếu username");
        }
        if (password == null || password.isEmpty()) {
            throw new EgovClientException("UsernamePassword: password is required / thiếu password");
        }
    }

    @Override
    public String toString() {
        return "UsernamePassword[username=" + username + ", password=****]";
    }
}
