package io.github.egovsdk.spring.boot.autoconfigure;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** A service's probe as a Spring Boot 3.5 health indicator. */
final class Boot3HealthIndicator implements HealthIndicator {
    private final EgovServiceProbe probe;

    Boot3HealthIndicator(EgovServiceProbe probe) {
        this.probe = probe;
    }

    @Override
    public Health health() {
        EgovServiceProbe.Result r = probe.check();
        return (r.up() ? Health.up() : Health.down()).withDetails(r.details()).build();
    }
}
