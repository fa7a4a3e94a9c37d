package io.github.egovsdk.edoc.receive;

import io.github.egovsdk.core.EgovException;

/**
 * Hook for what the receive loop met besides success — to alert, count or inspect. Called on the polling thread;
 * must not throw. Every method has a no-op default.
 */
public interface ReceiveListener {

    /** The package itself is unreadable (not edXML, malformed, unsafe): it was acknowledged {@code fail}. */
    default void unreadable(String docId, EgovException cause) {}

    /**
     * A local or transport fault (disk full, staging folder not writable, axis unreachable): nothing was
     * acknowledged, the package is offered again on the next poll.
     */
    default void deferred(String docId, Exception cause) {}

    /** The handler threw; what happens next follows {@link EdocReceiver.HandlerFailure}. */
    default void handlerFailed(String docId, Exception cause) {}

    /** The package carries an edXML document already handled under {@code firstDocId}: acknowledged, not handed on. */
    default void duplicate(String docId, String firstDocId) {}
}
