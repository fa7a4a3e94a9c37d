package io.github.egovsdk.core.internal.http;

import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpPipelinePolicy;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.HttpTransport;
import io.github.egovsdk.core.http.PolicyPosition;
import io.github.egovsdk.core.http.ServiceErrorDecoder;
import io.github.egovsdk.core.internal.SdkVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline every client sends through, as an ordered chain of policies (see {@link PolicyPosition}):
 * observation, User-Agent, Idempotency-Key, the user's per-call policies, retry (with error decoding), the user's
 * per-retry policies, re-authentication, signing, wire logging, then the transport under the call's total time
 * budget.
 */
public final class DefaultHttpPipeline implements HttpPipeline {
    private final ClientConfig config;
    private final HttpTransport transport;
    private final boolean ownsTransport;
    private final List<HttpPipelinePolicy> perCall;
    private final List<HttpPipelinePolicy> perRetry;

    public DefaultHttpPipeline(ClientConfig config, ServiceErrorDecoder decoder, Sleeper sleeper) {
        this.config = config;
        this.ownsTransport = config.httpTransport().isEmpty();
        this.transport = config.httpTransport()
                .orElseGet(() -> new ApacheHttpTransport(
                        config.timeouts(),
                        config.tls(),
                        config.proxy()
                                .orElseGet(() ->
                                        ProxySelection.fromEnvironment(System.getProperties(), System.getenv()))));
        List<HttpPipelinePolicy> call = new ArrayList<>();
        call.add(new ObservationPolicy(config.observationHandler(), config.serviceName()));
        call.add(new UserAgentPolicy(SdkVersion.userAgent(config.applicationId().orElse(null))));
        call.add(IdempotencyKeyPolicy.INSTANCE);
        call.addAll(config.policies(PolicyPosition.PER_CALL));
        call.add(new RetryingPolicy(
                config.retryPolicy(),
                config.clock(),
                sleeper == null ? Sleeper.REAL : sleeper,
                decoder == null ? DefaultErrorDecoder.INSTANCE : decoder,
                config.wireLogging()));
        this.perCall = List.copyOf(call);
        List<HttpPipelinePolicy> retry = new ArrayList<>(config.policies(PolicyPosition.PER_RETRY));
        retry.add(new ReauthenticationPolicy(config.credentials()));
        retry.add(new SigningPolicy(config.credentials()));
        if (config.wireLogging()) {
            retry.add(WireLoggingPolicy.INSTANCE);
        }
        this.perRetry = List.copyOf(retry);
    }

    @Override
    public ClientConfig config() {
        return config;
    }

    @Override
    public HttpResponse send(HttpRequest original) {
        Duration budget = config.timeouts().total();
        CallState state = new CallState(original, config.clock().instant().plus(budget), budget);
        return new PolicyChain(perCall, 0, this::sendAttempts, state, config.serviceName()).proceed(original);
    }

    /** The end of the per-call chain: the per-retry chain, once per attempt the retry policy makes. */
    private HttpResponse sendAttempts(HttpRequest request, CallState state) {
        return new PolicyChain(perRetry, 0, this::transmit, state, config.serviceName()).proceed(request);
    }

    private HttpResponse transmit(HttpRequest request, CallState state) {
        long left = state.hardDeadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw new EgovTransportException(
                    "Timeout: the call's total time budget of " + state.budget.toMillis()
                            + " ms (Timeouts.total) ran out before attempt " + state.attempt + " of " + state.original,
                    null,
                    false,
                    false);
        }
        state.sent++;
        return DeadlineGuard.guard(
                transport.execute(request, Duration.ofNanos(left)), state.hardDeadlineNanos, state.budget);
    }

    @Override
    public void close() {
        if (ownsTransport) {
            transport.close();
        }
    }
}
