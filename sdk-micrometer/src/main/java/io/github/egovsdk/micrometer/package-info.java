/**
 * Micrometer adapter for the SDK's observations: {@link io.github.egovsdk.micrometer.MicrometerObservationHandler}
 * turns every SDK operation into a Micrometer {@code Observation}, so metrics and traces come from one
 * {@code ObservationRegistry}, tagged with low-cardinality key values only (never a URL path, a query or personal
 * data). Register it with {@code EgovObservations.register(...)} or a client builder's {@code observationHandler}.
 */
package io.github.egovsdk.micrometer;
