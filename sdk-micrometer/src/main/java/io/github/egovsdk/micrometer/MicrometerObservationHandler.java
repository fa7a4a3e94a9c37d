package io.github.egovsdk.micrometer;

import io.github.egovsdk.core.observation.EgovObservations;
import io.github.egovsdk.core.observation.ObservationContext;
import io.github.egovsdk.core.observation.ObservationHandle;
import io.github.egovsdk.core.observation.ObservationHandler;
import io.github.egovsdk.core.observation.OperationResult;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * Reports every SDK operation as a Micrometer {@link io.micrometer.observation.Observation} named as the operation
 * ({@code egov.http.client}, {@code egov.signature.sign}, …), so one registry gives both a timer (with
 * {@code DefaultMeterObservationHandler}) and a span (with Micrometer Tracing).
 *
 * <p>Low-cardinality key values, the same set on every outcome: {@value #SERVICE}, {@value #OPERATION},
 * {@value #OUTCOME}, {@value #STATUS} ({@code NONE} when no HTTP response), {@value #ERROR} ({@code none} on
 * success), {@value #ATTEMPTS}, plus for HTTP calls {@code http.request.method}, {@code server.address},
 * {@code server.port} and {@code url.scheme}; Micrometer's meter handler adds {@code error} (the exception's class,
 * {@code none}). Never a URL path, a query or personal data.
 *
 * <pre>{@code
 * EgovObservations.register(new MicrometerObservationHandler(observationRegistry));  // every client
 * VxpClient.builder()...observationHandler(new MicrometerObservationHandler(registry));  // one client
 * }</pre>
 */
public final class MicrometerObservationHandler implements ObservationHandler {
    public static final String SERVICE = "egov.service";
    public static final String OPERATION = "egov.operation";
    public static final String OUTCOME = "outcome";
    public static final String STATUS = "status";
    public static final String ERROR = "egov.error.code";
    public static final String ATTEMPTS = "egov.attempts";

    private final ObservationRegistry registry;

    public MicrometerObservationHandler(ObservationRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Registers a handler over {@code registry} for every SDK operation; close the result to remove it. */
    public static EgovObservations.Registration registerGlobally(ObservationRegistry registry) {
        return EgovObservations.register(new MicrometerObservationHandler(registry));
    }

    @Override
    public ObservationHandle start(ObservationContext context) {
        Observation o = Observation.createNotStarted(context.name(), registry)
                .contextualName(context.name() + " " + context.operation())
                .lowCardinalityKeyValue(SERVICE, context.service())
                .lowCardinalityKeyValue(OPERATION, context.operation());
        context.attributes().forEach(o::lowCardinalityKeyValue);
        o.start();
        return new Started(o);
    }

    @Override
    public String toString() {
        return "MicrometerObservationHandler[" + registry + "]";
    }

    /** A started Micrometer observation. */
    private record Started(Observation observation) implements ObservationHandle {
        @Override
        public Scope openScope() {
            Observation.Scope scope = observation.openScope();
            return scope::close;
        }

        @Override
        public void stop(OperationResult result) {
            observation
                    .lowCardinalityKeyValue(OUTCOME, result.outcome().name())
                    .lowCardinalityKeyValue(
                            STATUS, result.statusCode() > 0 ? Integer.toString(result.statusCode()) : "NONE")
                    .lowCardinalityKeyValue(ERROR, result.errorCode() == null ? "none" : result.errorCode())
                    .lowCardinalityKeyValue(ATTEMPTS, Integer.toString(result.attempts()));
            result.errorIfAny().ifPresent(observation::error);
            observation.stop();
        }
    }
}
