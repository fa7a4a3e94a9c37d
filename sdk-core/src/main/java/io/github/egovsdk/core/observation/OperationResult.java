package io.github.egovsdk.core.observation;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How an SDK operation ended: outcome, HTTP status (0 when there was none), error code (the service's own code, or
 * the exception's simple class name; {@code null} on success), attempts made (1 for operations that are not retried)
 * and duration.
 *
 * @param outcome    how it ended
 * @param statusCode the HTTP status of the last response, 0 when none was received
 * @param errorCode  the service's error code or the exception's simple class name; {@code null} on success
 * @param attempts   attempts made, at least 1
 * @param duration   wall time of the whole operation, every attempt and wait included
 * @param error      the exception thrown, {@code null} on success
 */
public record OperationResult(
        Outcome outcome, int statusCode, String errorCode, int attempts, Duration duration, Throwable error) {

    public OperationResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(duration, "duration");
        attempts = Math.max(1, attempts);
    }

    public Optional<String> errorCodeIfAny() {
        return Optional.ofNullable(errorCode);
    }

    public Optional<Throwable> errorIfAny() {
        return Optional.ofNullable(error);
    }
}
