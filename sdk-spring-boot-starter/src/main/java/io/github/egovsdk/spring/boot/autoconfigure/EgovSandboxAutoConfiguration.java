package io.github.egovsdk.spring.boot.autoconfigure;

import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.vneid.population.AuditHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * {@code egov.sandbox.enabled=true} (with sdk-testkit on the classpath): starts the embedded sandbox on loopback
 * and points every client at it, with the sandbox's credentials. For local development and tests only.
 */
@AutoConfiguration(before = EgovClientsAutoConfiguration.class)
@ConditionalOnClass(EgovSandbox.class)
@ConditionalOnProperty(prefix = "egov.sandbox", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(EgovProperties.class)
public class EgovSandboxAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public EgovSandbox egovSandbox(EgovProperties properties) {
        int port = properties.getSandbox().getPort();
        if (port < 0 || port > 65535) {
            throw Required.invalid("egov.sandbox.port", port, "must be 0 (any free port) or 1-65535");
        }
        return EgovSandbox.start(port);
    }

    /** In the sandbox only: lookups are logged (who, why, outcome — no personal data) unless the application audits. */
    @Bean
    @ConditionalOnMissingBean
    public AuditHook egovSandboxAuditHook() {
        Logger log = LoggerFactory.getLogger("io.github.egovsdk.sandbox.audit");
        return r -> log.info("population lookup by {} for '{}': {}", r.requestedBy(), r.purpose(), r.outcome());
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    public EgovPropertiesCustomizer egovSandboxCustomizer(EgovSandbox sandbox) {
        return new SandboxWiring(sandbox);
    }
}
