package io.github.egovsdk.core.observation;

/** How an SDK operation ended, as reported to {@link ObservationHandler}s (tag {@code outcome}). */
public enum Outcome {
    /** Completed normally (HTTP: a 2xx response). */
    SUCCESS,
    /** The remote service answered with an error ({@code EgovServiceException}). */
    SERVICE_ERROR,
    /** I/O, timeout or TLS failure ({@code EgovTransportException}). */
    TRANSPORT_ERROR,
    /** Bad input or configuration ({@code EgovClientException}, validation). */
    CLIENT_ERROR,
    /** Any other exception. */
    ERROR
}
