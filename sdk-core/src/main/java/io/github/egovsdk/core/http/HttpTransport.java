package io.github.egovsdk.core.http;

import io.github.egovsdk.core.internal.http.ApacheHttpTransport;
import java.time.Duration;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

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

    /**
     * Sends the request with at most {@code timeLeft} of the call's total budget ({@code Timeouts.total}) remaining:
     * an implementation should shorten its connect and response timeouts to it, so an attempt started just before
     * the deadline ends by the deadline. The pipeline enforces the budget on the body itself ({@link
     * HttpResponse#abort()}). The default ignores {@code timeLeft}.
     */
    default HttpResponse execute(HttpRequest request, Duration timeLeft) {
        return execute(request);
    }

    /**
     * A transport over your own configured Apache HttpClient 5 classic client (its pooling, proxies, TLS, its
     * observation module). The SDK keeps its retries, signing and observation above it, never closes the client and
     * never overrides its request configuration; the call's total time budget is enforced by aborting the request.
     */
    static HttpTransport apache(CloseableHttpClient client) {
        return new ApacheHttpTransport(client);
    }

    /** Releases pooled connections. The SDK client closes the transport it created, never one you supplied. */
    @Override
    void close();
}
