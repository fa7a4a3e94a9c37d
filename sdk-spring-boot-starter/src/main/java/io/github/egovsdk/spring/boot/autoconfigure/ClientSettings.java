package io.github.egovsdk.spring.boot.autoconfigure;

import io.github.egovsdk.core.config.ClientBuilderBase;
import io.github.egovsdk.core.config.ProxyConfig;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.config.Timeouts;

/** Applies a service's shared properties (endpoint, timeouts, retries) to its client builder. */
final class ClientSettings {
    private ClientSettings() {}

    static <B extends ClientBuilderBase<B>> B apply(B builder, ServiceProperties p, String prefix, String service) {
        builder.endpoint(Required.value(p.getEndpoint(), prefix + ".endpoint", service));
        ServiceProperties.TimeoutProperties t = p.getTimeouts();
        Timeouts timeouts = Timeouts.DEFAULT;
        try {
            if (t.getConnect() != null) {
                timeouts = timeouts.withConnect(t.getConnect());
            }
            if (t.getResponse() != null) {
                timeouts = timeouts.withResponse(t.getResponse());
            }
            if (t.getTotal() != null) {
                timeouts = timeouts.withTotal(t.getTotal());
            }
        } catch (IllegalArgumentException e) {
            throw Required.invalid(prefix + ".timeouts", null, e.getMessage() + " / thời gian chờ phải dương");
        }
        builder.timeouts(timeouts);
        ServiceProperties.RetryProperties r = p.getRetry();
        RetryPolicy.Builder retry = RetryPolicy.defaults().toBuilder();
        if (r.getMaxAttempts() != null) {
            if (r.getMaxAttempts() < 1) {
                throw Required.invalid(
                        prefix + ".retry.max-attempts", r.getMaxAttempts(), "must be at least 1 / phải từ 1 trở lên");
            }
            retry.maxAttempts(r.getMaxAttempts());
        }
        if (r.getBaseDelay() != null) {
            retry.baseDelay(r.getBaseDelay());
        }
        if (r.getMaxDelay() != null) {
            retry.maxDelay(r.getMaxDelay());
        }
        builder.retryPolicy(retry.build());
        ServiceProperties.ProxyProperties proxy = p.getProxy();
        if (proxy.getUrl() != null) {
            try {
                builder.proxy(new ProxyConfig(
                        proxy.getUrl(),
                        proxy.getNonProxyHosts(),
                        proxy.getUsername(),
                        proxy.getPassword() == null ? null : proxy.getPassword().toCharArray()));
            } catch (IllegalArgumentException e) {
                throw Required.invalid(prefix + ".proxy.url", proxy.getUrl(), e.getMessage());
            }
        }
        builder.tls(TlsSettings.of(p.getTls(), prefix));
        if (p.getApplicationId() != null) {
            builder.applicationId(p.getApplicationId());
        }
        return builder.wireLogging(p.isWireLogging());
    }
}
