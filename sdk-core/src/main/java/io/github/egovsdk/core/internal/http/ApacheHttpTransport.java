package io.github.egovsdk.core.internal.http;

import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.config.ProxyConfig;
import io.github.egovsdk.core.config.Timeouts;
import io.github.egovsdk.core.config.TlsConfig;
import io.github.egovsdk.core.http.HttpHeaders;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.HttpTransport;
import io.github.egovsdk.core.http.RequestBody;
import io.github.egovsdk.core.privacy.Redactor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HttpsSupport;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.ssl.SSLBufferMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The default {@link HttpTransport}: one pooled, thread-safe Apache HttpClient 5 (classic, blocking) client.
 * Bodies stream both ways; nothing here retries (the pipeline does) or follows redirects (APIs don't need them and
 * a redirect could leak credentials to another host).
 */
public final class ApacheHttpTransport implements HttpTransport {
    private final CloseableHttpClient client;
    private final PoolingHttpClientConnectionManager pool;
    private final Timeouts timeouts;
    private final RequestConfig defaults;
    /** False for a caller's client: its connections are not ours, so the real query cannot travel in a header. */
    private final boolean own;

    /**
     * Wraps a caller's configured client (pooling, proxies, its own observation module). The SDK neither closes it
     * nor overrides its request configuration: the call's total time budget is still enforced by aborting.
     */
    public ApacheHttpTransport(CloseableHttpClient client) {
        this.client = Objects.requireNonNull(client, "client");
        this.pool = null;
        this.timeouts = null;
        this.defaults = null;
        this.own = false;
    }

    public ApacheHttpTransport(Timeouts timeouts, TlsConfig tls, ProxyConfig proxy) {
        this.own = true;
        this.timeouts = timeouts;
        this.defaults = RequestConfig.custom()
                .setResponseTimeout(Timeout.of(timeouts.response()))
                .setConnectionRequestTimeout(Timeout.of(timeouts.connect()))
                .build();
        this.pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(QuietConnections.factoryOrNull())
                .setTlsSocketStrategy(new DefaultClientTlsStrategy(
                        TlsContexts.create(tls),
                        tls.protocols().toArray(String[]::new),
                        null,
                        SSLBufferMode.STATIC,
                        HttpsSupport.getDefaultHostnameVerifier()))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(timeouts.connect()))
                        .setSocketTimeout(Timeout.of(timeouts.response()))
                        .setTimeToLive(5, TimeUnit.MINUTES)
                        .setValidateAfterInactivity(2, TimeUnit.SECONDS)
                        .build())
                .setMaxConnTotal(64)
                .setMaxConnPerRoute(32)
                .build();
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(pool)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .setDefaultRequestConfig(defaults);
        proxy.proxyUri().ifPresent(uri -> {
            HttpHost proxyHost = new HttpHost(
                    uri.getScheme() == null ? "http" : uri.getScheme(),
                    uri.getHost(),
                    uri.getPort() > 0 ? uri.getPort() : 3128);
            builder.setRoutePlanner(new DefaultRoutePlanner(null) {
                @Override
                protected HttpHost determineProxy(HttpHost target, HttpContext context) {
                    return ProxySelection.bypasses(target.getHostName(), proxy.nonProxyHosts()) ? null : proxyHost;
                }
            });
            if (proxy.username() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                char[] password = proxy.password();
                credentials.setCredentials(
                        new AuthScope(proxyHost),
                        new UsernamePasswordCredentials(proxy.username(), password == null ? new char[0] : password));
                builder.setDefaultCredentialsProvider(credentials);
            }
        });
        this.client = builder.build();
    }

    @Override
    public HttpResponse execute(HttpRequest request) {
        return execute(request, null);
    }

    @Override
    @SuppressWarnings("deprecation") // RequestConfig's connect timeout: the per-request way to shorten it
    public HttpResponse execute(HttpRequest request, Duration timeLeft) {
        // HttpUriRequestBase is cancellable: abort() drops the connection under a read blocked in another thread.
        // A query holding secrets or personal IDs is shown to HttpClient (and its loggers) redacted; the real one
        // reaches the socket through HiddenQueryWriter.
        String rawQuery = request.uri().getRawQuery();
        String redactedQuery = rawQuery == null ? null : Redactor.redact(rawQuery);
        boolean hide = own && rawQuery != null && QuietConnections.hideQueries() && !redactedQuery.equals(rawQuery);
        HttpUriRequestBase b = new HttpUriRequestBase(
                request.method().name(), hide ? HiddenQueryWriter.shown(request.uri(), redactedQuery) : request.uri());
        if (hide) {
            b.addHeader(HiddenQueryWriter.HEADER, rawQuery);
        }
        request.headers().asMap().forEach((name, values) -> values.forEach(v -> b.addHeader(name, v)));
        request.body().ifPresent(body -> b.setEntity(new StreamingEntity(body)));
        if (timeLeft != null && own) {
            b.setConfig(RequestConfig.copy(defaults)
                    .setResponseTimeout(shortest(timeLeft, timeouts.response()))
                    .setConnectionRequestTimeout(shortest(timeLeft, timeouts.connect()))
                    .setConnectTimeout(shortest(timeLeft, timeouts.connect()))
                    .build());
        }
        try {
            ClassicHttpResponse response = client.executeOpen(null, b, null);
            return new ApacheResponse(response, b);
        } catch (IOException e) {
            throw translate(request, e);
        }
    }

    private static Timeout shortest(Duration timeLeft, Duration configured) {
        return Timeout.ofMilliseconds(Math.max(1, Math.min(timeLeft.toMillis(), configured.toMillis())));
    }

    static EgovTransportException translate(HttpRequest request, IOException e) {
        String what = request.method() + " " + request.uri().getHost();
        if (e instanceof SSLException) {
            return new EgovTransportException(
                    "TLS failure calling " + what + ": " + e.getMessage(),
                    e,
                    false,
                    !(e instanceof SSLHandshakeException));
        }
        if (e instanceof UnknownHostException) {
            return new EgovTransportException("Unknown host calling " + what, e, false, false);
        }
        boolean transientFailure = e instanceof ConnectException
                || e instanceof NoHttpResponseException
                || e instanceof InterruptedIOException
                || e instanceof SocketException
                || e instanceof ConnectionClosedException;
        // Nothing was written when the connection could not be made; after that, the service may have the request.
        boolean beforeSending = e instanceof ConnectException
                || e instanceof ConnectTimeoutException
                || e instanceof ConnectionRequestTimeoutException;
        String kind = e instanceof InterruptedIOException ? "Timeout" : "I/O failure";
        return new EgovTransportException(
                kind + " calling " + what + ": " + e.getMessage(), e, transientFailure, !beforeSending);
    }

    @Override
    public void close() {
        if (!own) {
            return;
        }
        client.close(CloseMode.GRACEFUL);
        pool.close(CloseMode.GRACEFUL);
    }

    /** Writes a {@link RequestBody} to the socket without buffering it. */
    private static final class StreamingEntity extends AbstractHttpEntity {
        private final RequestBody body;

        StreamingEntity(RequestBody body) {
            super(ContentType.parseLenient(body.contentType()), null, body.contentLength() < 0);
            this.body = body;
        }

        @Override
        public boolean isRepeatable() {
            return body.isReplayable();
        }

        @Override
        public long getContentLength() {
            return body.contentLength();
        }

        @Override
        public InputStream getContent() {
            throw new UnsupportedOperationException("Request bodies are written with writeTo, never read");
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            body.writeTo(out);
            out.flush();
        }

        @Override
        public boolean isStreaming() {
            return false;
        }

        @Override
        public void close() {
            // The body's source is opened and closed inside writeTo.
        }
    }

    /** A response whose body streams from the pooled connection; close() gives the connection back or drops it. */
    private static final class ApacheResponse implements HttpResponse {
        private final ClassicHttpResponse response;
        private final HttpUriRequestBase request;
        private final HttpHeaders headers;

        ApacheResponse(ClassicHttpResponse response, HttpUriRequestBase request) {
            this.response = response;
            this.request = request;
            Map<String, List<String>> map = new LinkedHashMap<>();
            for (Header h : response.getHeaders()) {
                map.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
            }
            this.headers = HttpHeaders.of(map);
        }

        @Override
        public int statusCode() {
            return response.getCode();
        }

        @Override
        public HttpHeaders headers() {
            return headers;
        }

        @Override
        public InputStream body() {
            HttpEntity entity = response.getEntity();
            try {
                return entity == null ? InputStream.nullInputStream() : entity.getContent();
            } catch (IOException e) {
                throw new EgovTransportException("Cannot open the response body", e, false);
            }
        }

        @Override
        public void abort() {
            request.cancel(); // shuts the connection down: a blocked read fails at once, nothing is drained
            close();
        }

        @Override
        public void close() {
            try {
                response.close();
            } catch (IOException e) {
                // Closing drops the connection; nothing else to release.
            }
        }
    }
}
