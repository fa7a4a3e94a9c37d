package io.github.egovsdk.core.observation;

/**
 * One running SDK operation, as started by an {@link ObservationHandler}. {@link #stop(OperationResult)} is called
 * exactly once, on the thread that started it.
 */
public interface ObservationHandle {
    /** A no-op observation. */
    ObservationHandle NOOP = new ObservationHandle() {
        @Override
        public void stop(OperationResult result) {}
    };

    /**
     * Makes this observation current on the calling thread (tracing: its span becomes the parent of spans made
     * while the scope is open, e.g. by an instrumented HTTP client). The SDK closes the scope before {@link #stop}.
     */
    default Scope openScope() {
        return Scope.NOOP;
    }

    /** Ends the operation. */
    void stop(OperationResult result);

    /** An open scope; closing it restores the thread's previous current observation. */
    interface Scope extends AutoCloseable {
        Scope NOOP = () -> {};

        @Override
        void close();
    }
}
