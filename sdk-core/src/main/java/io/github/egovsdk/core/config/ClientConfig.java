package io.github.egovsdk.core.config;

import io.github.egovsdk.core.auth.RequestSigner;
import io.github.egovsdk.core.http.HttpTransport;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable configuration shared by every SDK client: endpoint, credentials, transport, retries, timeouts, proxy,
 * TLS, User-Agent application id, clock and wire logging. Build with {@link #builder()}; change with
 * {@link #toBuilder()}.
 */
public final class ClientConfig {
    private final URI endpoint;
    private final RequestSigner credentials;
    private final HttpTransport httpTransport;
    private final RetryPolicy retryPolicy;
    private final Timeouts timeouts;
    private final ProxyConfig proxy;
    private final TlsConfig tls;
    private final String applicationId;
    private final Clock clock;
    private final boolean wireLogging;

    private ClientConfig(Builder b) {
        this.endpoint = Objects.requireNonNull(b.endpoint, "endpoint is required");
        this.credentials = Objects.requireNonNullElse(b.credentials, RequestSigner.none());
        this.httpTransport = b.httpTransport;
        this.retryPolicy = Objects.requireNonNullElse(b.retryPolicy, RetryPolicy.defaults());
        this.timeouts = Objects.requireNonNullElse(b.timeouts, Timeouts.DEFAULT);
        this.proxy = b.proxy;
        this.tls = Objects.requireNonNullElse(b.tls, TlsConfig.DEFAULT);
        this.applicationId = b.applicationId;
        this.clock = Objects.requireNonNullElse(b.clock, Clock.systemUTC());
        this.wireLogging = b.wireLogging;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().endpoint(endpoint).credentials(credentials).httpTransport(httpTransport)
                .retryPolicy(retryPolicy).timeouts(timeouts).proxy(proxy).tls(tls).applicationId(applicationId)
                .clock(clock).wireLogging(wireLogging);
    }

    /** Base URI of the service. */
    public URI endpoint() {
        return endpoint;
    }

    /** How requests are authenticated; {@link RequestSigner#none()} when not set. */
    public RequestSigner credentials() {
        return credentials;
    }

    /** A caller-supplied transport (then the SDK never closes it); empty = the SDK creates its own. */
    public Optional<HttpTransport> httpTransport() {
        return Optional.ofNullable(httpTransport);
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    public Timeouts timeouts() {
        return timeouts;
    }

    /** Explicit proxy; empty = resolved from JVM properties and the environment. */
    public Optional<ProxyConfig> proxy() {
        return Optional.ofNullable(proxy);
    }

    public TlsConfig tls() {
        return tls;
    }

    /** Appended to the User-Agent, e.g. {@code motcua-tinh/2.3}. */
    public Optional<String> applicationId() {
        return Optional.ofNullable(applicationId);
    }

    public Clock clock() {
        return clock;
    }

    /** Whether requests and responses are logged (headers by allow-list, bodies redacted). Off by default. */
    public boolean wireLogging() {
        return wireLogging;
    }

    @Override
    public String toString() {
        return "ClientConfig[endpoint=" + endpoint + ", retryPolicy=" + retryPolicy + ", timeouts=" + timeouts
                + ", applicationId=" + applicationId + "]";
    }

    /** Builder of {@link ClientConfig}; the same vocabulary as every SDK client builder. */
    public static final class Builder {
        private URI endpoint;
        private RequestSigner credentials;
        private HttpTransport httpTransport;
        private RetryPolicy retryPolicy;
        private Timeouts timeouts;
        private ProxyConfig proxy;
        private TlsConfig tls;
        private String applicationId;
        private Clock clock;
        private boolean wireLogging;

        private Builder() {
        }

        public Builder endpoint(URI endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        public Builder endpoint(String endpoint) {
            return endpoint(URI.create(endpoint));
        }

        public Builder credentials(RequestSigner credentials) {
            this.credentials = credentials;
            return this;
        }

        public Builder httpTransport(HttpTransport httpTransport) {
            this.httpTransport = httpTransport;
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        public Builder timeouts(Timeouts timeouts) {
            this.timeouts = timeouts;
            return this;
        }

        public Builder proxy(ProxyConfig proxy) {
            this.proxy = proxy;
            return this;
        }

        public Builder tls(TlsConfig tls) {
            this.tls = tls;
            return this;
        }

        public Builder applicationId(String applicationId) {
            this.applicationId = applicationId;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder wireLogging(boolean wireLogging) {
            this.wireLogging = wireLogging;
            return this;
        }

        public ClientConfig build() {
            return new ClientConfig(this);
        }
    }
}
