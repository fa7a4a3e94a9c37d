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
    private volatile int attempts;

    public EgovException(String message) {
        super(message);
    }

    public EgovException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * How many times the SDK sent the request before giving up: 1 for a call that failed on its first attempt, more
     * after retries, 0 when nothing was sent (bad input, configuration, or an operation that is not an HTTP call).
     */
    public int attempts() {
        return attempts;
    }

    /**
     * Records the attempts made; called by the SDK's HTTP pipeline when it gives up on a call. Returns this
     * exception, so it can be thrown directly.
     */
    public final EgovException recordAttempts(int attempts) {
        this.attempts = Math.max(0, attempts);
        return this;
    }

    @Override
    public String getMessage() {
        String message = super.getMessage();
        return attempts > 1 ? message + " [after " + attempts + " attempts / sau " + attempts + " lần thử]" : message;
    }
}
