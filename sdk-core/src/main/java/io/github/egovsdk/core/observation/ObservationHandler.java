package io.github.egovsdk.core.observation;

/**
 * SPI: receives every SDK operation — HTTP calls, signing, verification, edXML parse/build, receive-loop passes —
 * with its name, service, outcome, status/error code, attempts and duration, never personal data. The core has no
 * metrics or tracing dependency; adapters live in optional modules ({@code sdk-micrometer}: Micrometer
 * {@code ObservationHandle}s, so metrics and traces come from one API; {@code sdk-opentelemetry}: spans with the HTTP
 * client semantic-convention attributes).
 *
 * <p>Register a handler for every client with {@link EgovObservations#register(ObservationHandler)}, or for one
 * client with its builder's {@code observationHandler(...)}. Implementations are thread-safe and fast; an exception
 * they throw is logged and never fails the SDK operation.
 */
@FunctionalInterface
public interface ObservationHandler {

    /** Called when an operation starts; returns the observation the SDK stops when it ends. */
    ObservationHandle start(ObservationContext context);
}
