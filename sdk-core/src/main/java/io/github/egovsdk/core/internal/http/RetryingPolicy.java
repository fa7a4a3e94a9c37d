package io.github.egovsdk.core.internal.http;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.http.HttpPipelinePolicy;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.ServiceErrorDecoder;
import io.github.egovsdk.core.privacy.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries (jittered exponential backoff with a cap, Retry-After, bounded attempts and total time, only requests safe
 * to retry) and turns the last non-2xx response into the service's exception, with the attempts made.
 */
final class RetryingPolicy implements HttpPipelinePolicy {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultHttpPipeline.class);
    private static final int ERROR_BODY_LIMIT = 16 * 1024;

    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ServiceErrorDecoder decoder;
    private final boolean wireLogging;

    RetryingPolicy(RetryPolicy policy, Clock clock, Sleeper sleeper, ServiceErrorDecoder decoder, boolean wireLogging) {
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
        this.decoder = decoder;
        this.wireLogging = wireLogging;
    }

    @Override
    public HttpResponse process(HttpRequest request, Chain chain) {
        CallState state = PolicyChain.state(chain);
        HttpRequest original = state.original;
        while (true) {
            state.attempt++;
            HttpResponse response;
            try {
                response = chain.proceed(request);
            } catch (EgovTransportException raw) {
                EgovTransportException e = honest(original, raw);
                Duration delay = retryDelay(
                        state, e.isRetryable() && policy.retryConnectionFailures(), Optional.empty(), e.getMessage());
                if (delay == null) {
                    throw e;
                }
                sleeper.sleep(delay);
                continue;
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return response;
            }
            String excerpt;
            try (response) {
                excerpt = Redactor.redact(readExcerpt(response));
            }
            if (wireLogging) {
                WireLogger.errorBody(excerpt);
            }
            EgovServiceException error = decoder.decode(status, response.headers(), excerpt);
            Duration delay = retryDelay(
                    state,
                    policy.retryableStatuses().contains(status),
                    Backoff.retryAfter(response.headers(), clock),
                    "HTTP " + status);
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
        boolean idempotent =
                request.method().isIdempotent() || request.idempotencyKey().isPresent();
        if (!e.outcomeUnknown() || idempotent || !e.isRetryable()) {
            return e;
        }
        return new EgovTransportException(
                e.getMessage() + " — outcome unknown: " + request + " may have reached the"
                        + " service; look it up before sending it again / kết quả không xác định: kiểm tra trước khi "
                        + "gửi lại",
                e.getCause() == null ? e : e.getCause(),
                false,
                true);
    }

    /** The wait before another attempt, or {@code null} when the failure must be thrown. */
    private Duration retryDelay(
            CallState state, boolean retryableFailure, Optional<Duration> retryAfter, String failure) {
        HttpRequest request = state.original;
        int attempt = state.attempt;
        if (!retryableFailure || attempt >= policy.maxAttempts()) {
            return null;
        }
        if (!request.isSafeToRetry()) {
            if (request.body().isPresent()
                    && !request.body().get().isReplayable()
                    && (request.method().isIdempotent()
                            || request.idempotencyKey().isPresent())) {
                throw new EgovClientException("Request " + request + " failed (" + failure + ") and cannot be retried:"
                        + " its body is a one-shot stream. Send a file or bytes (RequestBody.ofFile/ofBytes) to allow"
                        + " retries.");
            }
            LOG.debug(
                    "Not retrying {} after {}: a non-idempotent request without an idempotency key", request, failure);
            return null;
        }
        Duration delay = retryAfter.orElseGet(() -> Backoff.exponential(policy, attempt));
        if (retryAfter.isPresent() && delay.compareTo(policy.maxRetryAfter()) > 0) {
            LOG.debug("Not retrying {}: Retry-After {} exceeds the policy's maximum", request, delay);
            return null;
        }
        if (clock.instant().plus(delay).isAfter(state.deadline)) {
            LOG.debug("Not retrying {}: the total time budget would be exceeded", request);
            return null;
        }
        LOG.debug(
                "Retrying {} after {} (attempt {} of {}) in {} ms",
                request,
                failure,
                attempt + 1,
                policy.maxAttempts(),
                delay.toMillis());
        return delay;
    }

    private static String readExcerpt(HttpResponse response) {
        try {
            return new String(response.body().readNBytes(ERROR_BODY_LIMIT), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
