package io.github.egovsdk.core.internal.http;

import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.http.HttpPipelinePolicy;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;

/** Logs each request as sent (signed) and its response or failure, redacted ({@link WireLogger}). */
final class WireLoggingPolicy implements HttpPipelinePolicy {
    static final WireLoggingPolicy INSTANCE = new WireLoggingPolicy();

    @Override
    public HttpResponse process(HttpRequest request, Chain chain) {
        int attempt = chain.attempt();
        WireLogger.request(request, attempt);
        long started = System.nanoTime();
        try {
            HttpResponse response = chain.proceed(request);
            WireLogger.response(
                    request, response.statusCode(), response.headers(), (System.nanoTime() - started) / 1_000_000);
            return response;
        } catch (EgovTransportException e) {
            WireLogger.failure(request, attempt, e);
            throw e;
        }
    }
}
