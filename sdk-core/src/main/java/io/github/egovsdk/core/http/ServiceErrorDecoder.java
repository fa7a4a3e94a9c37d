package io.github.egovsdk.core.http;

import io.github.egovsdk.core.EgovServiceException;

/**
 * SPI: turns a non-success response into an {@link EgovServiceException} with the service's own error code and
 * message. Each service client supplies one for its error format; the body given is already bounded and redacted.
 */
@FunctionalInterface
public interface ServiceErrorDecoder {

    EgovServiceException decode(int statusCode, HttpHeaders headers, String bodyExcerpt);
}
