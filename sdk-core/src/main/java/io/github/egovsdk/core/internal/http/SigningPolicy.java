package io.github.egovsdk.core.internal.http;

import io.github.egovsdk.core.auth.RequestSigner;
import io.github.egovsdk.core.http.HttpPipelinePolicy;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;

/** Signs each attempt afresh with the client's credentials (new timestamp, HMAC or token every time). */
record SigningPolicy(RequestSigner signer) implements HttpPipelinePolicy {
    @Override
    public HttpResponse process(HttpRequest request, Chain chain) {
        HttpRequest signed = signer.sign(request);
        PolicyChain.state(chain).lastSigned = signed;
        return chain.proceed(signed);
    }
}
