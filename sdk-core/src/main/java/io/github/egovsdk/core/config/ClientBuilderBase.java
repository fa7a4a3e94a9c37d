package io.github.egovsdk.core.config;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.auth.Credentials;
import io.github.egovsdk.core.auth.RequestSigner;
import io.github.egovsdk.core.http.HttpPipelinePolicy;
import io.github.egovsdk.core.http.HttpTransport;
import io.github.egovsdk.core.http.PolicyPosition;
import io.github.egovsdk.core.observation.ObservationHandler;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Base of every SDK client builder, so all modules share one vocabulary: {@code endpoint}, {@code credentials},
 * {@code httpTransport}, {@code retryPolicy}, {@code timeouts}, {@code clock} (plus proxy, TLS, application id and
 * wire logging, pipeline policies, observation). A client's builder extends it and adds only its own settings.
 *
 * <p>{@code credentials(...)} takes any {@link Credentials} kind the client accepts ({@link #acceptedCredentials()});
 * another kind fails at once with an {@link EgovClientException} naming the client and the kinds it accepts.
 *
 * @param <B> the concrete builder type
 */
public abstract class ClientBuilderBase<B extends ClientBuilderBase<B>> {
    private ClientConfig.Builder config = ClientConfig.builder();
    private Credentials credentials;

    protected ClientBuilderBase() {}

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

    /** Signs every request with {@code credentials} (for clients that accept a {@link RequestSigner}). */
    public B credentials(RequestSigner credentials) {
        return credentials((Credentials) credentials);
    }

    /**
     * What the client authenticates with.
     *
     * @throws EgovClientException when the client does not accept this kind (the message lists those it accepts)
     */
    public B credentials(Credentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        Set<Class<? extends Credentials>> accepted = acceptedCredentials();
        if (accepted.stream().noneMatch(k -> k.isInstance(credentials))) {
            String kinds = accepted.isEmpty()
                    ? "none (it needs no credentials)"
                    : accepted.stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(", "));
            throw new EgovClientException(clientName() + " does not accept " + credentials.kind()
                    + " credentials; it accepts: " + kinds + " / " + clientName() + " không dùng được loại thông tin"
                    + " xác thực " + credentials.kind());
        }
        this.credentials = credentials;
        if (credentials instanceof RequestSigner signer) {
            config.credentials(signer);
        }
        return self();
    }

    /**
     * The credential kinds this client accepts; the default, a {@link RequestSigner} applied to every request.
     * Clients override it with the kinds their service uses.
     */
    protected Set<Class<? extends Credentials>> acceptedCredentials() {
        return Set.of(RequestSigner.class);
    }

    /** The credentials given, if they are of {@code kind}. */
    protected <T extends Credentials> Optional<T> credentials(Class<T> kind) {
        return kind.isInstance(credentials) ? Optional.of(kind.cast(credentials)) : Optional.empty();
    }

    /** The credentials given, of any kind. */
    protected Optional<Credentials> givenCredentials() {
        return Optional.ofNullable(credentials);
    }

    /** The client's name in messages and observations: the builder's enclosing class, e.g. {@code VxpClient}. */
    protected String clientName() {
        Class<?> enclosing = getClass().getEnclosingClass();
        return enclosing == null ? getClass().getSimpleName() : enclosing.getSimpleName();
    }

    /**
     * Adds a pipeline policy at {@code position}, after the policies already added there (see {@link PolicyPosition}
     * for where that is among the SDK's own policies).
     */
    public B addPolicy(HttpPipelinePolicy policy, PolicyPosition position) {
        config.addPolicy(policy, position);
        return self();
    }

    /** Adds a pipeline policy run once per attempt, before signing ({@link PolicyPosition#PER_RETRY}). */
    public B addPolicy(HttpPipelinePolicy policy) {
        return addPolicy(policy, PolicyPosition.PER_RETRY);
    }

    /** Reports this client's operations to {@code handler} instead of the global handlers. */
    public B observationHandler(ObservationHandler handler) {
        config.observationHandler(handler);
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
        if (!serviceNameSet) {
            config.serviceName(clientName());
        }
        return config.build();
    }

    private boolean serviceNameSet;

    /** The service name operations are reported under; default {@link #clientName()}. */
    public B serviceName(String serviceName) {
        config.serviceName(serviceName);
        serviceNameSet = serviceName != null;
        return self();
    }

    /**
     * As {@link #clientConfig()}, with the endpoint ending in {@code /}: for services whose methods are paths below a
     * base URL, so that {@code endpoint.resolve("method")} keeps the base's last segment.
     */
    protected ClientConfig clientConfigBelowEndpoint() {
        ClientConfig c = clientConfig();
        String e = c.endpoint().toString();
        return e.endsWith("/") ? c : c.toBuilder().endpoint(URI.create(e + "/")).build();
    }
}
