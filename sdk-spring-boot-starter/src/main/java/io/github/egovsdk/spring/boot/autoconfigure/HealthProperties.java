package io.github.egovsdk.spring.boot.autoconfigure;

import java.time.Duration;

/** Actuator health indicators of the configured services (Actuator optional). */
public class HealthProperties {
    /** Register a health indicator per configured service. */
    private boolean enabled = true;
    /** Upper bound of one probe; a slower service is reported DOWN. */
    private Duration timeout = Duration.ofSeconds(3);
    /** How long a probe's result is reused, so health checks stay cheap. */
    private Duration cacheTtl = Duration.ofSeconds(10);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public Duration getCacheTtl() {
        return cacheTtl;
    }

    public void setCacheTtl(Duration cacheTtl) {
        this.cacheTtl = cacheTtl;
    }
}
