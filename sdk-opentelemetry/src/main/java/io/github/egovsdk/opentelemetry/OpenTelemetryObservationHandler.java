package io.github.egovsdk.opentelemetry;

import io.github.egovsdk.core.observation.EgovObservations;
import io.github.egovsdk.core.observation.ObservationContext;
import io.github.egovsdk.core.observation.ObservationHandle;
import io.github.egovsdk.core.observation.ObservationHandler;
import io.github.egovsdk.core.observation.OperationResult;
import io.github.egovsdk.core.observation.Outcome;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.util.List;
import java.util.Objects;

/**
 * Reports every SDK operation to OpenTelemetry: a span and a duration histogram.
 *
 * <p>HTTP calls ({@code egov.http.client}) follow the semantic conventions for HTTP clients: a {@code CLIENT} span
 * named by the method ({@code POST}), attributes {@code http.request.method}, {@code server.address},
 * {@code server.port}, {@code url.scheme}, {@code http.response.status_code}, {@code error.type} (the status code or
 * the exception's class) and {@code http.request.resend_count} (attempts − 1, when retried), and the histogram
 * {@code http.client.request.duration} in seconds. {@code url.full} is left out on purpose: paths and queries of
 * e-government APIs carry personal ID numbers and tokens. Other operations (sign, verify, edXML parse/build, receive
 * passes) are {@code INTERNAL} spans named by the operation ({@code egov.signature.sign}) with the histogram
 * {@code egov.operation.duration}. Every span also has {@code egov.service}, {@code egov.operation},
 * {@code egov.outcome} and {@code egov.attempts}. Exceptions are not recorded on spans (their messages may quote a
 * service's reply); {@code error.type} names them.
 *
 * <pre>{@code
 * EgovObservations.register(new OpenTelemetryObservationHandler(GlobalOpenTelemetry.get()));
 * }</pre>
 */
public final class OpenTelemetryObservationHandler implements ObservationHandler {
    static final String SCOPE = "io.github.egovsdk";
    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> SERVER = AttributeKey.stringKey("server.address");
    private static final AttributeKey<Long> PORT = AttributeKey.longKey("server.port");
    private static final AttributeKey<String> SCHEME = AttributeKey.stringKey("url.scheme");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    private static final AttributeKey<Long> RESEND = AttributeKey.longKey("http.request.resend_count");
    private static final AttributeKey<String> SERVICE = AttributeKey.stringKey("egov.service");
    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("egov.operation");
    private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("egov.outcome");
    private static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("egov.attempts");
    /** The semantic conventions' advised buckets for http.client.request.duration, in seconds. */
    private static final List<Double> BUCKETS =
            List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

    private final Tracer tracer;
    private final DoubleHistogram httpDuration;
    private final DoubleHistogram operationDuration;

    public OpenTelemetryObservationHandler(OpenTelemetry openTelemetry) {
        Objects.requireNonNull(openTelemetry, "openTelemetry");
        this.tracer = openTelemetry.getTracer(SCOPE);
        this.httpDuration = openTelemetry
                .getMeter(SCOPE)
                .histogramBuilder("http.client.request.duration")
                .setUnit("s")
                .setDescription("Duration of HTTP client requests.")
                .setExplicitBucketBoundariesAdvice(BUCKETS)
                .build();
        this.operationDuration = openTelemetry
                .getMeter(SCOPE)
                .histogramBuilder("egov.operation.duration")
                .setUnit("s")
                .setDescription("Duration of EGov SDK operations other than HTTP calls.")
                .setExplicitBucketBoundariesAdvice(BUCKETS)
                .build();
    }

    /** Registers a handler over {@code openTelemetry} for every SDK operation; close the result to remove it. */
    public static EgovObservations.Registration registerGlobally(OpenTelemetry openTelemetry) {
        return EgovObservations.register(new OpenTelemetryObservationHandler(openTelemetry));
    }

    @Override
    public ObservationHandle start(ObservationContext context) {
        boolean http = ObservationContext.HTTP_CLIENT.equals(context.name());
        AttributesBuilder attributes =
                Attributes.builder().put(SERVICE, context.service()).put(OPERATION, context.operation());
        if (http) {
            String method = context.attributes().getOrDefault(METHOD.getKey(), "_OTHER");
            attributes.put(METHOD, method);
            putIfPresent(attributes, SERVER, context.attributes().get(SERVER.getKey()));
            putIfPresent(attributes, SCHEME, context.attributes().get(SCHEME.getKey()));
            String port = context.attributes().get(PORT.getKey());
            if (port != null && port.matches("[0-9]{1,5}")) {
                attributes.put(PORT, Long.parseLong(port));
            }
        }
        Attributes base = attributes.build();
        SpanBuilder builder = tracer.spanBuilder(http ? base.get(METHOD) : context.name())
                .setSpanKind(http ? SpanKind.CLIENT : SpanKind.INTERNAL)
                .setAllAttributes(base);
        return new Started(builder.startSpan(), base, http);
    }

    private static void putIfPresent(AttributesBuilder b, AttributeKey<String> key, String value) {
        if (value != null && !value.isEmpty()) {
            b.put(key, value);
        }
    }

    /** A started span. */
    private final class Started implements ObservationHandle {
        private final Span span;
        private final Attributes base;
        private final boolean http;

        Started(Span span, Attributes base, boolean http) {
            this.span = span;
            this.base = base;
            this.http = http;
        }

        @Override
        public Scope openScope() {
            return span.makeCurrent()::close;
        }

        @Override
        public void stop(OperationResult result) {
            AttributesBuilder end = base.toBuilder();
            if (result.statusCode() > 0) {
                end.put(STATUS, (long) result.statusCode());
            }
            if (result.outcome() != Outcome.SUCCESS) {
                end.put(
                        ERROR_TYPE,
                        result.statusCode() >= 400
                                ? Integer.toString(result.statusCode())
                                : result.errorCodeIfAny().orElse("_OTHER"));
            }
            Attributes metric = end.build();
            span.setAllAttributes(metric);
            span.setAttribute(OUTCOME, result.outcome().name());
            span.setAttribute(ATTEMPTS, (long) result.attempts());
            if (http && result.attempts() > 1) {
                span.setAttribute(RESEND, (long) result.attempts() - 1);
            }
            if (result.outcome() != Outcome.SUCCESS) {
                span.setStatus(StatusCode.ERROR, result.outcome().name());
            }
            span.end();
            double seconds = result.duration().toNanos() / 1e9;
            (http ? httpDuration : operationDuration).record(seconds, metric);
        }
    }
}
