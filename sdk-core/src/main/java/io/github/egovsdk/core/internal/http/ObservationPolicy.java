package io.github.egovsdk.core.internal.http;

import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.http.HttpPipelinePolicy;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.observation.EgovMdc;
import io.github.egovsdk.core.observation.EgovObservations;
import io.github.egovsdk.core.observation.ObservationContext;
import io.github.egovsdk.core.observation.ObservationHandler;
import io.github.egovsdk.core.observation.Operation;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Outermost: reports the call ({@code egov.http.client}: service, operation, method, server address and port —
 * never the path or query, which may hold personal data), sets the MDC keys for its duration and records on the
 * exception how many requests were sent.
 */
record ObservationPolicy(ObservationHandler handler, String service) implements HttpPipelinePolicy {

    @Override
    public HttpResponse process(HttpRequest request, Chain chain) {
        String operation = request.operation().orElse(request.method().name());
        CallState state = PolicyChain.state(chain);
        Map<String, String> mdc = new LinkedHashMap<>();
        mdc.put(EgovMdc.REQUEST_ID, UUID.randomUUID().toString());
        mdc.put(EgovMdc.SERVICE, service);
        mdc.put(EgovMdc.OPERATION, operation);
        try (EgovMdc.Scope scope = EgovMdc.putAll(mdc)) {
            Operation observed = EgovObservations.start(handler, context(request, operation));
            try {
                HttpResponse response = chain.proceed(request);
                observed.success(state.sent, response.statusCode());
                return response;
            } catch (EgovException e) {
                if (e.attempts() == 0 && state.sent > 0) {
                    e.recordAttempts(state.sent);
                }
                observed.failure(e);
                throw e;
            } catch (RuntimeException | Error e) {
                observed.failure(e);
                throw e;
            }
        }
    }

    private ObservationContext context(HttpRequest request, String operation) {
        URI uri = request.uri();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("http.request.method", request.method().name());
        attributes.put("server.address", uri.getHost() == null ? "" : uri.getHost());
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        attributes.put("server.port", Integer.toString(port));
        attributes.put("url.scheme", uri.getScheme() == null ? "http" : uri.getScheme());
        return new ObservationContext(ObservationContext.HTTP_CLIENT, service, operation, attributes);
    }
}
