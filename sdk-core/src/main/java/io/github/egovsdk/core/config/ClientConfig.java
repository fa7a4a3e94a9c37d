package io.github.egovsdk.core.config;

import io.github.egovsdk.core.auth.RequestSigner;
import io.github.egovsdk.core.http.HttpPipelinePolicy;
import io.github.egovsdk.core.http.HttpTransport;
import io.github.egovsdk.core.http.PolicyPosition;
import io.github.egovsdk.core.observation.EgovObservations;
import io.github.egovsdk.core.observation.ObservationHandler;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable configuration shared by every SDK client: endpoint, credentials, transport, retries, timeouts, proxy,
 * TLS, User-Agent application id, clock, wire logging, the user's pipeline policies, the observation handler and
 * the service name operations are reported under. Build with {@link #builder()}; change with
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
    private final List<HttpPipelinePolicy> perCallPolicies;
    private final List<HttpPipelinePolicy> perRetryPolicies;
    private final ObservationHandler observationHandler;
    private final String serviceName;

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
        this.perCallPolicies = List.copyOf(b.perCallPolicies);
        this.perRetryPolicies = List.copyOf(b.perRetryPolicies);
        this.observationHandler = Objects.requireNonNullElse(b.observationHandler, EgovObservations.global());
        this.serviceName = Objects.requireNonNullElse(b.serviceName, "http");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .endpoint(endpoint)
                .credentials(credentials)
                .httpTransport(httpTransport)
                .retryPolicy(retryPolicy)
                .timeouts(timeouts)
                .proxy(proxy)
                .tls(tls)
                .applicationId(applicationId)
                .clock(clock)
                .wireLogging(wireLogging)
                .observationHandler(observationHandler)
                .serviceName(serviceName)
                .policies(perCallPolicies, perRetryPolicies);
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

    /** The user's policies at {@code position}, in the order added. */
    public List<HttpPipelinePolicy> policies(PolicyPosition position) {
        return position == PolicyPosition.PER_CALL ? perCallPolicies : perRetryPolicies;
    }

    /** Where the client's operations are reported; {@link EgovObservations#global()} when not set. */
    public ObservationHandler observationHandler() {
        return observationHandler;
    }

    /** The service name the client's operations are reported under, e.g. {@code VxpClient}; {@code http} if unset. */
    public String serviceName() {
        return serviceName;
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
        private final List<HttpPipelinePolicy> perCallPolicies = new ArrayList<>();
        private final List<HttpPipelinePolicy> perRetryPolicies = new ArrayList<>();
        private ObservationHandler observationHandler;
        private String serviceName;

        private Builder() {}

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

        /** Adds a policy at {@code position}, after those already added there (see {@link PolicyPosition}). */
        public Builder addPolicy(HttpPipelinePolicy policy, PolicyPosition position) {
            Objects.requireNonNull(policy, "policy");
            (Objects.requireNonNull(position, "position") == PolicyPosition.PER_CALL
                            ? perCallPolicies
                            : perRetryPolicies)
                    .add(policy);
            return this;
        }

        private Builder policies(List<HttpPipelinePolicy> perCall, List<HttpPipelinePolicy> perRetry) {
            perCallPolicies.addAll(perCall);
            perRetryPolicies.addAll(perRetry);
            return this;
        }

        public Builder observationHandler(ObservationHandler observationHandler) {
            this.observationHandler = observationHandler;
            return this;
        }

        public Builder serviceName(String serviceName) {
            this.serviceName = serviceName;
            return this;
        }

        public ClientConfig build() {
            return new ClientConfig(this);
        }
    }
}
