package io.github.egovsdk.core.observation;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.EgovTransportException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running SDK operation reported to an {@link ObservationHandler}: started by {@link EgovObservations#start}, ended
 * once by {@link #success()}, {@link #success(int, int)} or {@link #failure(Throwable)} (later calls are ignored).
 * Not thread-safe: end it on the thread that started it. A handler's failure is logged, never thrown.
 */
public final class Operation {
    private static final Logger LOG = LoggerFactory.getLogger(Operation.class);

    private final ObservationHandle observation;
    private final ObservationHandle.Scope scope;
    private final long startedNanos = System.nanoTime();
    private boolean stopped;

    Operation(ObservationHandler handler, ObservationContext context) {
        this.observation = safeStart(handler, context);
        this.scope = safeScope(observation);
    }

    static ObservationHandle safeStart(ObservationHandler handler, ObservationContext context) {
        try {
            ObservationHandle o = handler.start(context);
            return o == null ? ObservationHandle.NOOP : o;
        } catch (RuntimeException e) {
            LOG.warn("ObservationHandle handler {} failed to start {}: {}", handler, context.name(), e.toString());
            return ObservationHandle.NOOP;
        }
    }

    static ObservationHandle.Scope safeScope(ObservationHandle observation) {
        try {
            ObservationHandle.Scope s = observation.openScope();
            return s == null ? ObservationHandle.Scope.NOOP : s;
        } catch (RuntimeException e) {
            LOG.warn("ObservationHandle scope failed to open: {}", e.toString());
            return ObservationHandle.Scope.NOOP;
        }
    }

    static void safeClose(ObservationHandle.Scope scope) {
        try {
            scope.close();
        } catch (RuntimeException e) {
            LOG.warn("ObservationHandle scope failed to close: {}", e.toString());
        }
    }

    static void safeStop(ObservationHandle observation, OperationResult result) {
        try {
            observation.stop(result);
        } catch (RuntimeException e) {
            LOG.warn("ObservationHandle handler failed to stop an operation: {}", e.toString());
        }
    }

    /** Ends the operation as successful, one attempt, no HTTP status. */
    public void success() {
        success(1, 0);
    }

    /** Ends the operation as successful after {@code attempts} attempts, with the HTTP status (0 when none). */
    public void success(int attempts, int statusCode) {
        stop(new OperationResult(Outcome.SUCCESS, statusCode, null, attempts, elapsed(), null));
    }

    /** Ends the operation as failed with {@code error}; outcome, status, code and attempts come from the error. */
    public void failure(Throwable error) {
        stop(resultOf(error, elapsed()));
    }

    /** The result an exception stands for (outcome by exception type, status and code from a service error). */
    static OperationResult resultOf(Throwable error, Duration duration) {
        int attempts = error instanceof EgovException e ? e.attempts() : 1;
        if (error instanceof EgovServiceException s) {
            return new OperationResult(
                    Outcome.SERVICE_ERROR,
                    s.statusCode(),
                    s.serviceErrorCode().orElse("HTTP_" + s.statusCode()),
                    attempts,
                    duration,
                    error);
        }
        Outcome outcome = error instanceof EgovTransportException
                ? Outcome.TRANSPORT_ERROR
                : error instanceof EgovClientException ? Outcome.CLIENT_ERROR : Outcome.ERROR;
        Throwable named =
                error instanceof EgovTransportException && error.getCause() != null ? error.getCause() : error;
        return new OperationResult(outcome, 0, named.getClass().getSimpleName(), attempts, duration, error);
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private void stop(OperationResult result) {
        if (stopped) {
            return;
        }
        stopped = true;
        safeClose(scope);
        safeStop(observation, result);
    }
}
