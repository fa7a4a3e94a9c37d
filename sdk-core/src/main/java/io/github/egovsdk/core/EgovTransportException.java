package io.github.egovsdk.core;

/**
 * The call could not complete at the transport level: I/O error, connection refused or reset, timeout, TLS failure.
 *
 * <p>Two questions a caller asks, answered separately:
 * <ul>
 *   <li>{@link #isRetryable()} — may sending the same request again succeed <em>and be safe</em>? Never true for a
 *       non-idempotent call (e.g. {@code VxpClient.sendDocument}) that may already have reached the service.</li>
 *   <li>{@link #outcomeUnknown()} — the request was (or may have been) written before the failure, so the service
 *       may have acted on it (kết quả không xác định). Before repeating such a call, reconcile: look the effect up
 *       (for a sent edXML document, by its document id or the sender's outbox — docs/guides) instead of sending
 *       twice.</li>
 * </ul>
 */
public class EgovTransportException extends EgovException {
    private static final long serialVersionUID = 1L;
    private final boolean retryable;
    private final boolean outcomeUnknown;

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
        this(message, cause, retryable, false);
    }

    /**
     * @param retryable      whether sending the same request again may succeed and is safe
     * @param outcomeUnknown whether the request may have reached the service before the failure
     */
    public EgovTransportException(String message, Throwable cause, boolean retryable, boolean outcomeUnknown) {
        super(message, cause);
        this.retryable = retryable;
        this.outcomeUnknown = outcomeUnknown;
    }

    /**
     * Whether a retry may succeed and is safe: the failure is transient and either nothing reached the service or the
     * request is idempotent (or carries an idempotency key). False when {@link #outcomeUnknown()} for a
     * non-idempotent call.
     */
    public boolean isRetryable() {
        return retryable;
    }

    /**
     * Whether the request was, or may have been, written to the service before the failure (a read timeout, a reset
     * after sending, a response body cut off): the service may have processed it. False when the failure happened
     * before anything was sent (connection refused, unknown host, TLS handshake, connect timeout).
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
