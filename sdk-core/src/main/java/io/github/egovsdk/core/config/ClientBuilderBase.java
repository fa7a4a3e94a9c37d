package io.github.egovsdk.core.config;

import io.github.egovsdk.core.auth.RequestSigner;
import io.github.egovsdk.core.http.HttpTransport;
import java.net.URI;
import java.time.Clock;

/**
 * Base of every SDK client builder, so all modules share one vocabulary: {@code endpoint}, {@code credentials},
 * {@code httpTransport}, {@code retryPolicy}, {@code timeouts}, {@code clock} (plus proxy, TLS, application id and
 * wire logging). A client's builder extends it and adds only its own settings.
 *
 * @param <B> the concrete builder type
 */
public abstract class ClientBuilderBase<B extends ClientBuilderBase<B>> {
    private ClientConfig.Builder config = ClientConfig.builder();

    protected ClientBuilderBase() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Starts from a whole configuration (e.g. one shared by several clients). */
    public B config(ClientConfig clientConfig) {
        this.config = clientConfig.toBuilder();
        return self();
    }

    public B endpoint(URI endpoint) {
        config.endpoint(endpoint);
        return self();
    }

    public B endpoint(String endpoint) {
        config.endpoint(endpoint);
        return self();
    }

    public B credentials(RequestSigner credentials) {
        config.credentials(credentials);
        return self();
    }

    public B httpTransport(HttpTransport httpTransport) {
        config.httpTransport(httpTransport);
        return self();
    }

    public B retryPolicy(RetryPolicy retryPolicy) {
        config.retryPolicy(retryPolicy);
        return self();
    }

    public B timeouts(Timeouts timeouts) {
        config.timeouts(timeouts);
        return self();
    }

    public B clock(Clock clock) {
        config.clock(clock);
        return self();
    }

    public B proxy(ProxyConfig proxy) {
        config.proxy(proxy);
        return self();
    }

    public B tls(TlsConfig tls) {
        config.tls(tls);
        return self();
    }

    public B applicationId(String applicationId) {
        config.applicationId(applicationId);
        return self();
    }

    public B wireLogging(boolean wireLogging) {
        config.wireLogging(wireLogging);
        return self();
    }

    /** The configuration gathered so far; throws if the endpoint is missing. */
    protected ClientConfig clientConfig() {
        return config.build();
    }

    /**
     * As {@link #clientConfig()}, with the endpoint ending in {@code /}: for services whose methods are paths below a
     * base URL, so that {@code endpoint.resolve("method")} keeps the base's last segment.
     */
    protected ClientConfig clientConfigBelowEndpoint() {
        ClientConfig c = clientConfig();
        String e = c.endpoint().toString();
        return e.endsWith("/") ? c : c.toBuilder().endpoint(java.net.URI.create(e + "/")).build();
    }
}
