package io.github.egovsdk.core.http;

/**
 * One step of a client's HTTP pipeline (as Azure's {@code HttpPipelinePolicy} or OkHttp's {@code Interceptor}):
 * it may change the request, call {@link Chain#proceed(HttpRequest)} (zero, one or several times), and inspect or
 * replace the response. Add one to any client with its builder's {@code addPolicy(policy, position)}; see
 * {@link PolicyPosition} for where it runs among the SDK's own policies.
 *
 * <pre>{@code
 * VxpClient.builder()...addPolicy((request, chain) -> chain.proceed(request.withHeader("X-Tenant", "hn")),
 *         PolicyPosition.PER_RETRY).build();
 * }</pre>
 *
 * <p>Implementations are thread-safe and stateless between calls. A response a policy drops without returning must
 * be closed. Exceptions should be {@code EgovException}s.
 */
@FunctionalInterface
public interface HttpPipelinePolicy {

    /** Processes the request; returns the response from {@code chain.proceed} or one of its own. */
    HttpResponse process(HttpRequest request, Chain chain);

    /** The rest of the pipeline after this policy. */
    interface Chain {
        /** Sends the request through the remaining policies and the transport. */
        HttpResponse proceed(HttpRequest request);

        /** The client's service name (the observation's {@code service}, e.g. {@code VxpClient}). */
        String service();

        /** The attempt being made, from 1; 0 in a {@link PolicyPosition#PER_CALL} policy (before any attempt). */
        int attempt();
    }
}
