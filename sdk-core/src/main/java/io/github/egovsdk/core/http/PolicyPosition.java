package io.github.egovsdk.core.http;

/**
 * Where a user's {@link HttpPipelinePolicy} runs in a client's pipeline. The SDK's own policies, in order:
 * <ol>
 *   <li>observation (operation, MDC keys, attempts recorded on the exception) — outermost;</li>
 *   <li>User-Agent, then the {@code Idempotency-Key} header;</li>
 *   <li><b>{@link #PER_CALL}</b> policies, in the order added: once per call, before retries;</li>
 *   <li>retry (backoff, {@code Retry-After}, total time budget, error decoding);</li>
 *   <li><b>{@link #PER_RETRY}</b> policies, in the order added: once per attempt, before signing, so the headers
 *       they add are signed;</li>
 *   <li>re-authentication (one fresh token after a 401), then signing (the client's credentials), then wire
 *       logging — then the transport.</li>
 * </ol>
 */
public enum PolicyPosition {
    /** Once per call; sees the final 2xx response or the SDK exception the call ends with. */
    PER_CALL,
    /** Once per attempt; sees every response, 5xx and 401 included, before the retry policy judges it. */
    PER_RETRY
}
