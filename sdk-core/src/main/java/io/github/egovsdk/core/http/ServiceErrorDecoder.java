package io.github.egovsdk.core.http;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.internal.http.DefaultErrorDecoder;

/**
 * SPI: turns a non-success response into an {@link EgovServiceException} with the service's own error code and
 * message. Each service client supplies one for its error format; the body given is already bounded and redacted.
 */
@FunctionalInterface
public interface ServiceErrorDecoder {

    EgovServiceException decode(int statusCode, HttpHeaders headers, String bodyExcerpt);

    /** The default: JSON {@code ErrorCode/ErrorDesc}, {@code error_code/message}, OAuth2 {@code error}, or text. */
    static ServiceErrorDecoder defaultDecoder() {
        return DefaultErrorDecoder.INSTANCE;
    }

    /** The request id from the usual headers ({@code X-Request-Id}, {@code X-Correlation-Id}, …), or null. */
    static String requestIdOf(HttpHeaders headers) {
        return DefaultErrorDecoder.requestId(headers);
    }
}
