package io.github.egovsdk.core.internal.http;

import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the connection factory. The SDK's quiet connections ({@link QuietConnectionFactory}) are built on
 * HttpCore 5.3+ classes only, so they link under every HttpClient 5.5/5.6 an application's dependency management may
 * choose (Spring Boot 3.5 and 4.0 pin 5.5). Should a future or much older HttpCore refuse them, the SDK falls back to
 * HttpClient's own connections rather than fail: it works the same and its own wire log stays redacted, but
 * HttpClient's {@code headers}/{@code wire} loggers are then the application's to keep below DEBUG — said once, at
 * WARN — and query strings are sent as given.
 */
final class QuietConnections {
    private static final Logger LOG = LoggerFactory.getLogger(QuietConnections.class);
    private static final HttpConnectionFactory<ManagedHttpClientConnection> FACTORY = load();

    private QuietConnections() {}

    /** The quiet factory, or {@code null} when this HttpClient cannot host it (use HttpClient's default). */
    static HttpConnectionFactory<ManagedHttpClientConnection> factoryOrNull() {
        return FACTORY;
    }

    /** True when query strings can be hidden from HttpClient (the quiet connections put them back on the wire). */
    static boolean hideQueries() {
        return FACTORY != null;
    }

    private static HttpConnectionFactory<ManagedHttpClientConnection> load() {
        try {
            // Loading the connection class links it against HttpClient's: a final parent fails here, not mid-call.
            Class.forName(QuietConnectionFactory.class.getName() + "$QuietConnection");
            return QuietConnectionFactory.INSTANCE;
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.warn(
                    "This Apache HttpClient/HttpCore cannot host the SDK's quiet connections ({}): its own headers/wire"
                            + " loggers are not silenced by the SDK; keep org.apache.hc.client5.http at INFO or above",
                    e.toString());
            return null;
        }
    }
}
