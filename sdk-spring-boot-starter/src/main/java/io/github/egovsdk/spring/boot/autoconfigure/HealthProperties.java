package io.github.egovsdk.spring.boot.autoconfigure;

/** Actuator health indicators of the configured services (Actuator optional). */
public class HealthProperties {
    /** Register a health indicator per configured service. */
    private boolean enabled = true;
    /** Upper bound of one probe; a slower service is reported DOWN. */
    private java.time.Duration timeout = java.time.Duration.ofSeconds(3);
    /** How long a probe's result is reused, so health checks stay cheap. */
    private java.time.Duration cacheTtl = java.time.Duration.ofSeconds(10);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public java.time.Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(java.time.Duration timeout) {
        this.timeout = timeout;
    }

    public java.time.Duration getCacheTtl() {
        return cacheTtl;
    }

    public void setCacheTtl(java.time.Duration cacheTtl) {
        this.cacheTtl = cacheTtl;
    }

}
