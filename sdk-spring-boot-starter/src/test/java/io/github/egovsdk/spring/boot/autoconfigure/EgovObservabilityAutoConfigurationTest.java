package io.github.egovsdk.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.observation.EgovObservations;
import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.micrometer.MicrometerObservationHandler;
import io.github.egovsdk.testkit.EgovSandbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Micrometer observations wired from the application's registry, against a real sandbox. */
class EgovObservabilityAutoConfigurationTest {
    private static EgovSandbox sandbox;
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    EgovClientsAutoConfiguration.class, EgovObservabilityAutoConfiguration.class));

    @BeforeAll
    static void start() {
        sandbox = EgovSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    /** What Spring Boot Actuator provides: an observation registry feeding a meter registry. */
    @Configuration(proxyBeanMethods = false)
    static class Registries {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        ObservationRegistry observationRegistry(MeterRegistry meters) {
            ObservationRegistry r = ObservationRegistry.create();
            r.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
            return r;
        }
    }

    @Test
    void observations_whenRegistryPresent_portalCallBecomesTaggedTimerAndHandlerLeavesWithContext() {
        runner.withUserConfiguration(Registries.class)
                .withPropertyValues(
                        "egov.portal.endpoint=" + sandbox.portalEndpoint(),
                        "egov.portal.username=" + EgovSandbox.PORTAL_USERNAME,
                        "egov.portal.password=" + EgovSandbox.PORTAL_PASSWORD,
                        "egov.portal.dst-code=" + EgovSandbox.AGENCY_A.organId())
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(MicrometerObservationHandler.class);
                    assertThat(EgovObservations.anyRegistered()).isTrue();
                    assertThat(ctx.getBean(PortalClient.class).sectors()).isNotEmpty();
                    Timer timer = ctx.getBean(MeterRegistry.class)
                            .get("egov.http.client")
                            .tag("egov.service", "PortalClient")
                            .tag("outcome", "SUCCESS")
                            .tag("status", "200")
                            .tag("http.request.method", "POST")
                            .timer();
                    assertThat(timer.count()).isPositive();
                });
        assertThat(EgovObservations.anyRegistered()).isFalse();
    }

    @Test
    void observations_whenNoRegistryOrDisabled_nothingRegistered() {
        runner.run(ctx -> assertThat(ctx).doesNotHaveBean(MicrometerObservationHandler.class));
        runner.withUserConfiguration(Registries.class)
                .withPropertyValues("egov.observations.enabled=false")
                .run(ctx -> {
                    assertThat(ctx).doesNotHaveBean(MicrometerObservationHandler.class);
                    assertThat(EgovObservations.anyRegistered()).isFalse();
                });
    }
}
