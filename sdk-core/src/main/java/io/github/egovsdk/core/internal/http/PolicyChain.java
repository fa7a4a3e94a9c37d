package io.github.egovsdk.core.internal.http;

import io.github.egovsdk.core.http.HttpPipelinePolicy;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import java.util.List;
import java.util.function.BiFunction;

/** The rest of a pipeline from one policy on; immutable, so a retry can proceed through it again. */
final class PolicyChain implements HttpPipelinePolicy.Chain {
    private final List<HttpPipelinePolicy> policies;
    private final int index;
    private final BiFunction<HttpRequest, CallState, HttpResponse> terminal;
    private final CallState state;
    private final String service;

    PolicyChain(
            List<HttpPipelinePolicy> policies,
            int index,
            BiFunction<HttpRequest, CallState, HttpResponse> terminal,
            CallState state,
            String service) {
        this.policies = policies;
        this.index = index;
        this.terminal = terminal;
        this.state = state;
        this.service = service;
    }

    @Override
    public HttpResponse proceed(HttpRequest request) {
        if (index >= policies.size()) {
            return terminal.apply(request, state);
        }
        return policies.get(index).process(request, new PolicyChain(policies, index + 1, terminal, state, service));
    }

    @Override
    public String service() {
        return service;
    }

    @Override
    public int attempt() {
        return state.attempt;
    }

    CallState state() {
        return state;
    }

    static CallState state(HttpPipelinePolicy.Chain chain) {
        return ((PolicyChain) chain).state;
    }
}
