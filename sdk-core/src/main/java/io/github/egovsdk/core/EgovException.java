package io.github.egovsdk.core;

/**
 * Root of every exception the SDK throws. All SDK exceptions are unchecked.
 *
 * <p>Subtypes say who is at fault: {@link EgovClientException} (bad input or configuration — fix the call; a
 * failing local disk or file system is its subtype {@link LocalStorageException}),
 * {@link EgovServiceException} (the remote service answered with an error) and {@link EgovTransportException}
 * (I/O, timeouts, TLS — the call may succeed when retried).
 */
public class EgovException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EgovException(String message) {
        super(message);
    }

    public EgovException(String message, Throwable cause) {
        super(message, cause);
    }
}
