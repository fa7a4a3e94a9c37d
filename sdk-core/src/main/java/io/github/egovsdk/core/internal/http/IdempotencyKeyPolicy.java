package io.github.egovsdk.core.internal.http;

import io.github.egovsdk.core.http.HttpPipelinePolicy;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;

/** Sends the request's idempotency key, the same on every attempt, as {@code Idempotency-Key}. */
final class IdempotencyKeyPolicy implements HttpPipelinePolicy {
    static final IdempotencyKeyPolicy INSTANCE = new IdempotencyKeyPolicy();

    @Override
    public HttpResponse process(HttpRequest request, Chain chain) {
        return chain.proceed(request.idempotencyKey()
                .map(k -> request.withHeader("Idempotency-Key", k))
                .orElse(request));
    }
}
