package io.github.egovsdk.spring.boot.autoconfigure;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** A service's probe as a Spring Boot 4.0 health indicator. */
final class Boot4HealthIndicator implements HealthIndicator {
    private final EgovServiceProbe probe;

    Boot4HealthIndicator(EgovServiceProbe probe) {
        this.probe = probe;
    }

    @Override
    public Health health() {
        EgovServiceProbe.Result r = probe.check();
        return (r.up() ? Health.up() : Health.down()).withDetails(r.details()).build();
    }
}
