package io.github.egovsdk.core;

/** The call could not complete at the transport level: I/O error, connection refused or reset, timeout, TLS failure. */
public class EgovTransportException extends EgovException {
    private static final long serialVersionUID = 1L;
    private final boolean retryable;

    public EgovTransportException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public EgovTransportException(String message) {
        this(message, null, false);
    }

    /**
     * @param retryable whether the failure is transient (connection refused or reset, timeout, no response) so the
     *                  same request may succeed when sent again
     */
    public EgovTransportException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** Whether the failure is transient (connection refused or reset, timeout): a retry may succeed. */
    public boolean isRetryable() {
        return retryable;
    }
}
