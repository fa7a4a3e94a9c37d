package io.github.egovsdk.health;

import io.github.egovsdk.core.EgovServiceException;

/**
 * The Social Security gateway refused the login or the session (token codes 401/402/403/500, or a card check
 * answering 401 after a fresh session), or the caller's IP address is not on the gateway's allow-list (from
 * 27/07/2024 only IP addresses registered with form 01/dk-ip-ctn may connect). The message explains which, in
 * English and Vietnamese; {@link #serviceErrorCode()} is the gateway's code or {@code IP_NOT_ALLOWED}.
 */
public class HealthAuthenticationException extends EgovServiceException {
    private static final long serialVersionUID = 1L;

    public HealthAuthenticationException(String code, String message) {
        super(code.equals("IP_NOT_ALLOWED") ? 403 : 200, code, message, null, null);
    }
}
