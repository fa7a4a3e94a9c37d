package io.github.egovsdk.core.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * When and how a failed call is retried: jittered exponential backoff with a cap, {@code Retry-After} honoured,
 * bounded attempts and total time. Only requests that are safe to retry are retried (idempotent method or an
 * idempotency key, and a replayable body).
 *
 * <p>Example:
 * <pre>{@code
 * VxpClient axis = VxpClient.builder().endpoint(url)
 *         .retryPolicy(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(500)).build())
 *         .timeouts(Timeouts.DEFAULT.withTotal(Duration.ofMinutes(2)))
 *         .build();
 * }</pre>
 */
public final class RetryPolicy {
    /** Statuses retried by default: too many requests and the gateway/availability errors. */
    public static final Set<Integer> DEFAULT_RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);

    private static final RetryPolicy DEFAULT = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration maxRetryAfter;
    private final Set<Integer> retryableStatuses;
    private final boolean retryConnectionFailures;

    private RetryPolicy(Builder b) {
        if (b.maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, was " + b.maxAttempts);
        }
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = Objects.requireNonNull(b.baseDelay, "baseDelay");
        this.maxDelay = Objects.requireNonNull(b.maxDelay, "maxDelay");
        this.maxRetryAfter = Objects.requireNonNull(b.maxRetryAfter, "maxRetryAfter");
        this.retryableStatuses = Set.copyOf(b.retryableStatuses);
        this.retryConnectionFailures = b.retryConnectionFailures;
    }

    /** 4 attempts, 200 ms base delay doubling up to 10 s, {@code Retry-After} honoured up to 60 s. */
    public static RetryPolicy defaults() {
        return DEFAULT;
    }

    /** One attempt only. */
    public static RetryPolicy none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .maxAttempts(maxAttempts)
                .baseDelay(baseDelay)
                .maxDelay(maxDelay)
                .maxRetryAfter(maxRetryAfter)
                .retryableStatuses(retryableStatuses)
                .retryConnectionFailures(retryConnectionFailures);
    }

    /** Attempts in all, the first included. */
    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration baseDelay() {
        return baseDelay;
    }

    /** Cap of one backoff delay. */
    public Duration maxDelay() {
        return maxDelay;
    }

    /** Longest {@code Retry-After} honoured; a longer one ends the retries. */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    public Set<Integer> retryableStatuses() {
        return retryableStatuses;
    }

    public boolean retryConnectionFailures() {
        return retryConnectionFailures;
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
                + ", statuses=" + retryableStatuses + "]";
    }

    /** Builder of {@link RetryPolicy}. */
    public static final class Builder {
        private int maxAttempts = 4;
        private Duration baseDelay = Duration.ofMillis(200);
        private Duration maxDelay = Duration.ofSeconds(10);
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private Set<Integer> retryableStatuses = DEFAULT_RETRYABLE_STATUSES;
        private boolean retryConnectionFailures = true;

        private Builder() {}

        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = baseDelay;
            return this;
        }

        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
            return this;
        }

        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        public Builder retryableStatuses(Set<Integer> retryableStatuses) {
            this.retryableStatuses = retryableStatuses;
            return this;
        }

        public Builder retryConnectionFailures(boolean retryConnectionFailures) {
            this.retryConnectionFailures = retryConnectionFailures;
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(this);
        }
    }
}
