package io.github.egovsdk.core.internal.http;

import io.github.egovsdk.core.http.HttpPipelinePolicy;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;

/** Sets the SDK's User-Agent (with the client's application id). */
record UserAgentPolicy(String userAgent) implements HttpPipelinePolicy {
    @Override
    public HttpResponse process(HttpRequest request, Chain chain) {
        return chain.proceed(request.withHeader("User-Agent", userAgent));
    }
}
