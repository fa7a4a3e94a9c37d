/**
 * Observation of SDK operations — HTTP calls, signing, verification, edXML parse/build, receive-loop passes —
 * without a metrics or tracing dependency: the {@link io.github.egovsdk.core.observation.ObservationHandler} SPI,
 * registered for every client with {@link io.github.egovsdk.core.observation.EgovObservations#register} or for one
 * client with its builder's {@code observationHandler(...)}; each operation is an
 * {@link io.github.egovsdk.core.observation.ObservationContext} (low-cardinality, never personal data) ended by an
 * {@link io.github.egovsdk.core.observation.OperationResult}. {@link io.github.egovsdk.core.observation.EgovMdc}
 * names the SLF4J MDC keys the SDK sets for log correlation. Adapters: {@code sdk-micrometer},
 * {@code sdk-opentelemetry}.
 */
package io.github.egovsdk.core.observation;
