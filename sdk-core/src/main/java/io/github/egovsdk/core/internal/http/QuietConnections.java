package io.github.egovsdk.core.internal.http;

import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the connection factory: the SDK's quiet connections ({@link QuietConnectionFactory}) need HttpClient 5.6
 * or later, where {@code DefaultManagedHttpClientConnection} can be extended. An application whose dependency
 * management pins an older HttpClient (Spring Boot 3.5 pins 5.5) gets HttpClient's own connections: the SDK works
 * the same, its own wire log stays redacted, but HttpClient's {@code headers}/{@code wire} loggers and the request
 * line of its {@code MainClientExec} are then the application's to keep below DEBUG — said once, at WARN.
 */
final class QuietConnections {
    private static final Logger LOG = LoggerFactory.getLogger(QuietConnections.class);
    private static final HttpConnectionFactory<ManagedHttpClientConnection> FACTORY = load();

    private QuietConnections() {
    }

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
            LOG.warn("Apache HttpClient on the class path is older than 5.6 ({}): its own headers/wire loggers are not"
                    + " silenced by the SDK; keep org.apache.hc.client5.http at INFO or above", e.toString());
            return null;
        }
    }
}
