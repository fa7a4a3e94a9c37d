package io.github.egovsdk.health;

import io.github.egovsdk.core.EgovClientException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The facility's gateway login (tài khoản cổng tiếp nhận): the account ({@code <5-digit facility code>_BV} for the
 * facility's own account, or a named user registered under it since 01/08/2024) and its password, which the gateway
 * wants as an MD5 hex digest. Whether the digest is upper- or lower-case hex is unsettled (one re-typing of the spec
 * says upper case, working clients send lower case) — choose with {@link PasswordCase}. How the token call's body is
 * encoded is unsettled too (form or JSON, {@link TokenEncoding}). {@link #toString()} hides the password.
 *
 * @param username     {@code username}
 * @param password     the password in clear; only its MD5 digest is sent
 * @param passwordCase hex case of the digest
 * @param encoding     body encoding of the token call
 */
public record EgwLogin(String username, char[] password, PasswordCase passwordCase, TokenEncoding encoding) {

    /** Hex case of the MD5 password digest. */
    public enum PasswordCase {
        /** {@code 5F4DCC3B…} ("MD5 uppercase" in one re-typing of the spec). */
        UPPER,
        /** {@code 5f4dcc3b…} (what working clients send). */
        LOWER
    }

    /** Body of {@code POST /api/token/take}. */
    public enum TokenEncoding {
        /** {@code application/x-www-form-urlencoded}: {@code username=…&password=…}. */
        FORM,
        /** {@code application/json}: {@code {"username":…,"password":…}}. */
        JSON
    }

    public EgwLogin {
        if (username == null || username.isBlank() || password == null || password.length == 0) {
            throw new EgovClientException("The gateway username and password are required / cần tài khoản và mật"
                    + " khẩu cổng tiếp nhận BHXH");
        }
        password = password.clone();
        passwordCase = Objects.requireNonNullElse(passwordCase, PasswordCase.LOWER);
        encoding = Objects.requireNonNullElse(encoding, TokenEncoding.FORM);
    }

    /** Lower-case MD5, form-encoded token call — what working clients do. */
    public static EgwLogin of(String username, char[] password) {
        return new EgwLogin(username, password, PasswordCase.LOWER, TokenEncoding.FORM);
    }

    /** The MD5 digest sent as {@code password}, in the chosen case. */
    public String passwordDigest() {
        try {
            String hex = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5")
                            .digest(new String(password).getBytes(StandardCharsets.UTF_8)));
            return passwordCase == PasswordCase.UPPER ? hex.toUpperCase(Locale.ROOT) : hex;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from the JDK", e);
        }
    }

    @Override
    public char[] password() {
        return password.clone();
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "EgwLogin[" + username + ", password=****, " + passwordCase + ", " + encoding + "]";
    }
}
