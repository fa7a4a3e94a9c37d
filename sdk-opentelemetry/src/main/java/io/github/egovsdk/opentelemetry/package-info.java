/**
 * OpenTelemetry adapter for the SDK's observations:
 * {@link io.github.egovsdk.opentelemetry.OpenTelemetryObservationHandler} reports HTTP calls as {@code CLIENT} spans
 * with the HTTP client semantic-convention attributes and the {@code http.client.request.duration} histogram, and
 * other operations (sign, verify, edXML parse/build, receive passes) as {@code INTERNAL} spans with
 * {@code egov.operation.duration}; {@code url.full} and personal data are left out. Register it with
 * {@code EgovObservations.register(...)} or a client builder's {@code observationHandler}.
 */
package io.github.egovsdk.opentelemetry;
