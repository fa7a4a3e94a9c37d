package io.github.egovsdk.core.http;

/**
 * SPI: sends one HTTP request, once. Retries, auth and error mapping live above it, in the SDK client's pipeline.
 *
 * <p>Implementations are thread-safe and pooled. The default is built on Apache HttpClient 5; supply another
 * (e.g. your application's shared client) through the client builder's {@code httpTransport(...)}.
 */
public interface HttpTransport extends AutoCloseable {

    /**
     * Sends the request and returns the response with its body still unread.
     *
     * @throws io.github.egovsdk.core.EgovTransportException on I/O errors, timeouts and TLS failures
     */
    HttpResponse execute(HttpRequest request);

    /** Releases pooled connections. The SDK client closes the transport it created, never one you supplied. */
    @Override
    void close();
}
