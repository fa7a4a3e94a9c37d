package io.github.egovsdk.core.http;

import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.internal.http.DefaultHttpPipeline;

/**
 * What every SDK client sends its requests through: User-Agent, authentication ({@link ClientConfig#credentials()}),
 * retries ({@link io.github.egovsdk.core.config.RetryPolicy}), timeouts, wire logging and error mapping, over an
 * {@link HttpTransport}. Thread-safe; one per client.
 */
public interface HttpPipeline extends AutoCloseable {

    /** A pipeline with the default error decoder (JSON error code/message fields, request-id headers). */
    static HttpPipeline create(ClientConfig config) {
        return create(config, null);
    }

    /** A pipeline whose non-2xx responses are decoded by the service's own {@link ServiceErrorDecoder}. */
    static HttpPipeline create(ClientConfig config, ServiceErrorDecoder decoder) {
        return new DefaultHttpPipeline(config, decoder, null);
    }

    /**
     * Sends the request; returns a 2xx response with its body unread.
     *
     * @throws io.github.egovsdk.core.EgovServiceException   for a non-2xx response (after retries)
     * @throws io.github.egovsdk.core.EgovTransportException for I/O, timeouts, TLS (after retries)
     * @throws io.github.egovsdk.core.EgovClientException    when a request that must be retried cannot be
     */
    HttpResponse send(HttpRequest request);

    ClientConfig config();

    /** Closes the transport if the pipeline created it. */
    @Override
    void close();
}
