package io.github.egovsdk.core.internal.http;

import io.github.egovsdk.core.auth.RequestSigner;
import io.github.egovsdk.core.http.HttpPipelinePolicy;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;

/**
 * After a 401, lets a token signer drop its token ({@link RequestSigner#onUnauthorized}) and sends the request once
 * more, signed afresh; once per call, and only when the body can be sent again.
 */
record ReauthenticationPolicy(RequestSigner signer) implements HttpPipelinePolicy {
    @Override
    public HttpResponse process(HttpRequest request, Chain chain) {
        HttpResponse response = chain.proceed(request);
        CallState state = PolicyChain.state(chain);
        if (response.statusCode() != 401
                || state.reauthenticated
                || !request.body().map(b -> b.isReplayable()).orElse(true)
                || !signer.onUnauthorized(state.lastSigned == null ? request : state.lastSigned)) {
            return response;
        }
        state.reauthenticated = true;
        response.close();
        return chain.proceed(request);
    }
}
