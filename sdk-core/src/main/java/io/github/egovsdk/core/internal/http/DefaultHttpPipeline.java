package io.github.egovsdk.core.internal.http;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.HttpTransport;
import io.github.egovsdk.core.http.ServiceErrorDecoder;
import io.github.egovsdk.core.internal.SdkVersion;
import io.github.egovsdk.core.privacy.Redactor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline every client sends through: User-Agent, signing per attempt, retries (jittered exponential backoff
 * with a cap, Retry-After, bounded attempts and total time, only requests safe to retry), one re-sign on 401 for
 * token signers, error decoding and redacted wire logging.
 */
public final class DefaultHttpPipeline implements HttpPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultHttpPipeline.class);
    private static final int ERROR_BODY_LIMIT = 16 * 1024;

    private final ClientConfig config;
    private final HttpTransport transport;
    private final boolean ownsTransport;
    private final ServiceErrorDecoder decoder;
    private final Sleeper sleeper;
    private final String userAgent;

    public DefaultHttpPipeline(ClientConfig config, ServiceErrorDecoder decoder, Sleeper sleeper) {
        this.config = config;
        this.decoder = decoder == null ? DefaultErrorDecoder.INSTANCE : decoder;
        this.sleeper = sleeper == null ? Sleeper.REAL : sleeper;
        this.ownsTransport = config.httpTransport().isEmpty();
        this.transport = config.httpTransport().orElseGet(() -> new ApacheHttpTransport(config.timeouts(),
                config.tls(), config.proxy().orElseGet(
                        () -> ProxySelection.fromEnvironment(System.getProperties(), System.getenv()))));
        this.userAgent = SdkVersion.userAgent(config.applicationId().orElse(null));
    }

    @Override
    public ClientConfig config() {
        return config;
    }

    @Override
    public HttpResponse send(HttpRequest original) {
        RetryPolicy policy = config.retryPolicy();
        Clock clock = config.clock();
        Instant deadline = clock.instant().plus(config.timeouts().total());
        // The hard deadline of the I/O itself, on the monotonic clock (the configured Clock may be a test's).
        Duration budget = config.timeouts().total();
        long hardDeadline = System.nanoTime() + budget.toNanos();
        HttpRequest base = original.toBuilder().header("User-Agent", userAgent).build();
        if (original.idempotencyKey().isPresent()) {
            base = base.withHeader("Idempotency-Key", original.idempotencyKey().get());
        }
        boolean reauthenticated = false;
        int attempt = 0;
        while (true) {
            attempt++;
            HttpRequest signed = config.credentials().sign(base);
            long started = System.nanoTime();
            if (config.wireLogging()) {
                WireLogger.request(signed, attempt);
            }
            HttpResponse response;
            try {
                long left = hardDeadline - System.nanoTime();
                if (left <= 0) {
                    throw new EgovTransportException("Timeout: the call's total time budget of " + budget.toMillis()
                            + " ms (Timeouts.total) ran out before attempt " + attempt + " of " + original, null,
                            false, false);
                }
                response = DeadlineGuard.guard(transport.execute(signed, Duration.ofNanos(left)), hardDeadline,
                        budget);
            } catch (EgovTransportException raw) {
                EgovTransportException e = honest(original, raw);
                if (config.wireLogging()) {
                    WireLogger.failure(signed, attempt, e);
                }
                Duration delay = retryDelay(original, policy, attempt, e.isRetryable() && policy.retryConnectionFailures(),
                        Optional.empty(), deadline, clock, e.getMessage());
                if (delay == null) {
                    throw e;
                }
                sleeper.sleep(delay);
                continue;
            }
            int status = response.statusCode();
            if (config.wireLogging()) {
                WireLogger.response(signed, status, response.headers(), (System.nanoTime() - started) / 1_000_000);
            }
            if (status >= 200 && status < 300) {
                return response;
            }
            String excerpt;
            try (response) {
                excerpt = Redactor.redact(readExcerpt(response));
            }
            if (config.wireLogging()) {
                WireLogger.errorBody(excerpt);
            }
            if (status == 401 && !reauthenticated && config.credentials().onUnauthorized(signed)
                    && isReplayable(original)) {
                reauthenticated = true;
                continue;
            }
            EgovServiceException error = decoder.decode(status, response.headers(), excerpt);
            Duration delay = retryDelay(original, policy, attempt, policy.retryableStatuses().contains(status),
                    Backoff.retryAfter(response.headers(), clock), deadline, clock, "HTTP " + status);
            if (delay == null) {
                throw error;
            }
            sleeper.sleep(delay);
        }
    }

    /**
     * A transport failure after the request may have reached the service is no invitation to resend a
     * non-idempotent call: it is reported as outcome unknown and not retryable (the caller reconciles first).
     */
    private static EgovTransportException honest(HttpRequest request, EgovTransportException e) {
        boolean idempotent = request.method().isIdempotent() || request.idempotencyKey().isPresent();
        if (!e.outcomeUnknown() || idempotent || !e.isRetryable()) {
            return e;
        }
        return new EgovTransportException(e.getMessage() + " — outcome unknown: " + request + " may have reached the"
                + " service; look it up before sending it again / kết quả không xác định: kiểm tra trước khi gửi lại",
                e.getCause() == null ? e : e.getCause(), false, true);
    }

    /** The wait before another attempt, or {@code null} when the failure must be thrown. */
    private Duration retryDelay(HttpRequest request, RetryPolicy policy, int attempt, boolean retryableFailure,
            Optional<Duration> retryAfter, Instant deadline, Clock clock, String failure) {
        if (!retryableFailure || attempt >= policy.maxAttempts()) {
            return null;
        }
        if (!request.isSafeToRetry()) {
            if (request.body().isPresent() && !request.body().get().isReplayable()
                    && (request.method().isIdempotent() || request.idempotencyKey().isPresent())) {
                throw new EgovClientException("Request " + request + " failed (" + failure + ") and cannot be retried:"
                        + " its body is a one-shot stream. Send a file or bytes (RequestBody.ofFile/ofBytes) to allow"
                        + " retries.");
            }
            LOG.debug("Not retrying {} after {}: a non-idempotent request without an idempotency key", request,
                    failure);
            return null;
        }
        Duration delay = retryAfter.orElseGet(() -> Backoff.exponential(policy, attempt));
        if (retryAfter.isPresent() && delay.compareTo(policy.maxRetryAfter()) > 0) {
            LOG.debug("Not retrying {}: Retry-After {} exceeds the policy's maximum", request, delay);
            return null;
        }
        if (clock.instant().plus(delay).isAfter(deadline)) {
            LOG.debug("Not retrying {}: the total time budget would be exceeded", request);
            return null;
        }
        LOG.debug("Retrying {} after {} (attempt {} of {}) in {} ms", request, failure, attempt + 1,
                policy.maxAttempts(), delay.toMillis());
        return delay;
    }

    private static boolean isReplayable(HttpRequest request) {
        return request.body().map(b -> b.isReplayable()).orElse(true);
    }

    private static String readExcerpt(HttpResponse response) {
        try {
            byte[] bytes = response.body().readNBytes(ERROR_BODY_LIMIT);
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        if (ownsTransport) {
            transport.close();
        }
    }
}
