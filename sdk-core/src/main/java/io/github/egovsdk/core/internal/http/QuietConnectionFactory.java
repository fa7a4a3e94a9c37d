package io.github.egovsdk.core.internal.http;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;

/**
 * Connections that never feed Apache HttpClient's own {@code org.apache.hc.client5.http.headers} and
 * {@code org.apache.hc.client5.http.wire} loggers: at DEBUG those print every header and byte in clear —
 * {@code Authorization}, the VXP HMAC header, passwords and tokens in bodies — and whether they are on is the
 * application's logging configuration, not ours. The SDK logs the wire itself, redacted ({@link WireLogger}).
 */
final class QuietConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {
    static final QuietConnectionFactory INSTANCE = new QuietConnectionFactory();
    private static final AtomicLong COUNTER = new AtomicLong();

    private QuietConnectionFactory() {
    }

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        QuietConnection connection = new QuietConnection("egov-http-" + COUNTER.getAndIncrement());
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    /** HttpClient's managed connection with its two logging hooks taken out. */
    static final class QuietConnection extends DefaultManagedHttpClientConnection {
        QuietConnection(String id) {
            // Defaults for everything but the request writer, which puts a hidden query back (HiddenQueryWriter).
            super(id, null, null, null, null, null, HiddenQueryWriter.FACTORY, null);
        }

        // The parent wraps the socket in a LoggingSocketHolder when the wire logger is at DEBUG; never do.
        @Override
        public void bind(Socket socket) throws IOException {
            bind(new SocketHolder(socket));
        }

        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            bind(new SocketHolder(sslSocket, socket));
        }

        @Override
        protected void onRequestSubmitted(ClassicHttpRequest request) {
            // the parent logs the request line and every header to org.apache.hc.client5.http.headers
        }

        @Override
        protected void onResponseReceived(ClassicHttpResponse response) {
            // the parent logs the status line and every header to org.apache.hc.client5.http.headers
        }
    }
}
