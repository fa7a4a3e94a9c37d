package io.github.egovsdk.core;

/** Bad input or configuration on the caller's side: retrying the same call will fail the same way. */
public class EgovClientException extends EgovException {
    private static final long serialVersionUID = 1L;

    public EgovClientException(String message) {
        super(message);
    }

    public EgovClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
