package io.github.egovsdk.core;

import java.util.Optional;

/**
 * The remote service answered with an error.
 *
 * <p>Carries the HTTP status, the service's own error code and message (decoded as UTF-8), the request id when the
 * service returned one, and a bounded excerpt of the response body (already redacted of personal data and secrets).
 */
public class EgovServiceException extends EgovException {
    private static final long serialVersionUID = 1L;
    /** Longest body excerpt kept, in characters. */
    public static final int MAX_BODY_EXCERPT = 2048;

    private final int statusCode;
    private final String serviceErrorCode;
    private final String serviceMessage;
    private final String requestId;
    private final String bodyExcerpt;

    public EgovServiceException(
            int statusCode, String serviceErrorCode, String serviceMessage, String requestId, String bodyExcerpt) {
        super(describe(statusCode, serviceErrorCode, serviceMessage, requestId));
        this.statusCode = statusCode;
        this.serviceErrorCode = serviceErrorCode;
        this.serviceMessage = serviceMessage;
        this.requestId = requestId;
        this.bodyExcerpt = bodyExcerpt == null || bodyExcerpt.length() <= MAX_BODY_EXCERPT
                ? bodyExcerpt
                : bodyExcerpt.substring(0, MAX_BODY_EXCERPT) + "…";
    }

    private static String describe(int status, String code, String message, String requestId) {
        StringBuilder sb = new StringBuilder("Service error: HTTP ").append(status);
        if (code != null) {
            sb.append(", code ").append(code);
        }
        if (message != null) {
            sb.append(": ").append(message);
        }
        if (requestId != null) {
            sb.append(" (request id ").append(requestId).append(')');
        }
        return sb.toString();
    }

    /** The HTTP status code, or 200 when the service signals an error inside a successful HTTP response. */
    public int statusCode() {
        return statusCode;
    }

    /** The service's own error code (e.g. the axis's {@code ErrorCode}), if it sent one. */
    public Optional<String> serviceErrorCode() {
        return Optional.ofNullable(serviceErrorCode);
    }

    /** The service's own error message, decoded as UTF-8, if it sent one. */
    public Optional<String> serviceMessage() {
        return Optional.ofNullable(serviceMessage);
    }

    /** The request id the service or the SDK assigned, for support tickets. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** At most {@value #MAX_BODY_EXCERPT} characters of the (redacted) response body. */
    public Optional<String> bodyExcerpt() {
        return Optional.ofNullable(bodyExcerpt);
    }
}
