package io.github.egovsdk.core.internal.http;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Identifiable;
import org.apache.hc.core5.util.Timeout;

/**
 * Connections that never feed Apache HttpClient's own {@code org.apache.hc.client5.http.headers} and
 * {@code org.apache.hc.client5.http.wire} loggers: at DEBUG those print every header and byte in clear —
 * {@code Authorization}, the VXP HMAC header, passwords and tokens in bodies — and whether they are on is the
 * application's logging configuration, not ours. The SDK logs the wire itself, redacted ({@link WireLogger}).
 */
final class QuietConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {
    static final QuietConnectionFactory INSTANCE = new QuietConnectionFactory();
    private static final AtomicLong COUNTER = new AtomicLong();

    private QuietConnectionFactory() {}

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        QuietConnection connection = new QuietConnection("egov-http-" + COUNTER.getAndIncrement());
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    /**
     * A managed connection built on HttpCore's plain client connection, so it never reaches HttpClient's
     * {@code DefaultManagedHttpClientConnection} (final before HttpClient 5.6, and the class that logs headers and
     * wraps sockets for the wire logger). Pooling support — id, timeouts kept across passivation, idempotent close —
     * is what that class adds; nothing here logs.
     */
    static final class QuietConnection extends DefaultBHttpClientConnection
            implements ManagedHttpClientConnection, Identifiable {
        private final String id;
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile Timeout socketTimeout;

        QuietConnection(String id) {
            // Defaults for everything but the request writer, which puts a hidden query back (HiddenQueryWriter).
            super(null, null, null, null, null, HiddenQueryWriter.FACTORY, null);
            this.id = id;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public void bind(Socket socket) throws IOException {
            bindHolder(new SocketHolder(socket));
        }

        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            bindHolder(new SocketHolder(sslSocket, socket));
        }

        private void bindHolder(SocketHolder holder) throws IOException {
            super.bind(holder);
            socketTimeout = Timeout.ofMilliseconds(holder.getSocket().getSoTimeout());
        }

        @Override
        public Socket getSocket() {
            SocketHolder holder = getSocketHolder();
            return holder == null ? null : holder.getSocket();
        }

        @Override
        public SSLSession getSSLSession() {
            Socket socket = getSocket();
            return socket instanceof SSLSocket ssl ? ssl.getSession() : null;
        }

        @Override
        public void setSocketTimeout(Timeout timeout) {
            socketTimeout = timeout;
            super.setSocketTimeout(timeout);
        }

        @Override
        public void passivate() {
            // An idle pooled connection waits without a read timeout; activate() restores it.
            if (socketTimeout != null) {
                super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
            }
        }

        @Override
        public void activate() {
            if (socketTimeout != null) {
                super.setSocketTimeout(socketTimeout);
            }
        }

        @Override
        public void close() throws IOException {
            if (closed.compareAndSet(false, true)) {
                super.close();
            }
        }

        @Override
        public void close(CloseMode mode) {
            if (closed.compareAndSet(false, true)) {
                super.close(mode);
            }
        }
    }
}
