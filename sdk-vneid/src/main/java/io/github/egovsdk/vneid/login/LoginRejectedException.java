package io.github.egovsdk.vneid.login;

import io.github.egovsdk.core.EgovClientException;

/**
 * A login callback that must not be trusted: the user is not logged in. The message says why in English and
 * Vietnamese; it never contains the code, tokens or claims.
 */
public final class LoginRejectedException extends EgovClientException {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    /** Why the login was refused. */
    public enum Reason {
        /** The provider redirected back with {@code error=…} (user cancelled, access denied). */
        PROVIDER_ERROR,
        /** The callback has no authorization code. */
        MISSING_CODE,
        /** {@code state} does not match this session's (possible CSRF or a mixed-up session). */
        STATE_MISMATCH,
        /** The ID token's signature does not verify with the provider's published keys. */
        BAD_SIGNATURE,
        /** Issuer, audience, algorithm or a required claim is wrong. */
        INVALID_TOKEN,
        /** The ID token is expired or not yet valid. */
        EXPIRED,
        /** {@code nonce} does not match this session's (replayed token). */
        NONCE_MISMATCH,
        /** The encrypted code or response cannot be decrypted with the configured key. */
        DECRYPTION_FAILED,
        /** The account's level of assurance is below what the caller requires. */
        LEVEL_TOO_LOW
    }

    public LoginRejectedException(Reason reason, String english, String vietnamese) {
        super(english + " / " + vietnamese);
        this.reason = reason;
    }

    public LoginRejectedException(Reason reason, String english, String vietnamese, Throwable cause) {
        super(english + " / " + vietnamese, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
