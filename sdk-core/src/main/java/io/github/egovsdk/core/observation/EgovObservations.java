package io.github.egovsdk.core.observation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where SDK operations are reported. Handlers {@link #register registered} here receive every operation of every
 * client that has no handler of its own ({@code ClientBuilderBase#observationHandler}) and every sign, verify,
 * edXML parse/build and receive-loop pass. With none registered, observing costs a list read.
 *
 * <p>Instrumenting an operation is one call at its boundary:
 * <pre>{@code
 * return EgovObservations.observe(ObservationContext.of(ObservationContext.SIGN, "pades", "sign"), () -> doSign());
 * }</pre>
 */
public final class EgovObservations {
    private static final List<ObservationHandler> HANDLERS = new CopyOnWriteArrayList<>();
    private static final ObservationHandler GLOBAL = new ObservationHandler() {
        @Override
        public ObservationHandle start(ObservationContext context) {
            return startAll(HANDLERS, context);
        }

        @Override
        public String toString() {
            return "EgovObservations.global()";
        }
    };

    private EgovObservations() {}

    /** Adds a handler for every SDK operation; close the returned registration to remove it. */
    public static Registration register(ObservationHandler handler) {
        Objects.requireNonNull(handler, "handler");
        HANDLERS.add(handler);
        return () -> HANDLERS.remove(handler);
    }

    /** The registered handlers, looked up at each operation (so handlers registered later still see it). */
    public static ObservationHandler global() {
        return GLOBAL;
    }

    /** Whether any handler is registered globally. */
    public static boolean anyRegistered() {
        return !HANDLERS.isEmpty();
    }

    /** Starts an operation reported to the global handlers. */
    public static Operation start(ObservationContext context) {
        return start(GLOBAL, context);
    }

    /** Starts an operation reported to {@code handler}. */
    public static Operation start(ObservationHandler handler, ObservationContext context) {
        return new Operation(handler, context);
    }

    /** A handler passing every operation to each of {@code handlers}, in order. */
    public static ObservationHandler composite(List<ObservationHandler> handlers) {
        List<ObservationHandler> copy = List.copyOf(handlers);
        return context -> startAll(copy, context);
    }

    /**
     * Runs {@code body} as an operation reported to the global handlers: success when it returns, the exception's
     * outcome when it throws (rethrown unchanged).
     */
    public static <T, X extends Exception> T observe(ObservationContext context, Body<T, X> body) throws X {
        Operation operation = start(context);
        try {
            T result = body.run();
            operation.success();
            return result;
        } catch (Exception | Error e) {
            operation.failure(e);
            throw e;
        }
    }

    private static ObservationHandle startAll(List<ObservationHandler> handlers, ObservationContext context) {
        if (handlers.isEmpty()) {
            return ObservationHandle.NOOP;
        }
        if (handlers.size() == 1) {
            return handlers.get(0).start(context);
        }
        // One broken handler must not blind the others: each is started, scoped and stopped on its own.
        List<ObservationHandle> started = new ArrayList<>(handlers.size());
        for (ObservationHandler h : handlers) {
            started.add(Operation.safeStart(h, context));
        }
        return new ObservationHandle() {
            @Override
            public Scope openScope() {
                List<Scope> scopes = new ArrayList<>(started.size());
                started.forEach(o -> scopes.add(Operation.safeScope(o)));
                return () -> {
                    for (int i = scopes.size() - 1; i >= 0; i--) {
                        Operation.safeClose(scopes.get(i));
                    }
                };
            }

            @Override
            public void stop(OperationResult result) {
                started.forEach(o -> Operation.safeStop(o, result));
            }
        };
    }

    /** The body of an observed operation. */
    @FunctionalInterface
    public interface Body<T, X extends Exception> {
        T run() throws X;
    }

    /** A registered handler; {@link #close()} removes it. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
