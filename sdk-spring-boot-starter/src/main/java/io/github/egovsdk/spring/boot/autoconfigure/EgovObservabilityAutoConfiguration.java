package io.github.egovsdk.spring.boot.autoconfigure;

import io.github.egovsdk.core.observation.EgovObservations;
import io.github.egovsdk.micrometer.MicrometerObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Every SDK operation as a Micrometer {@code Observation} in the application's {@link ObservationRegistry} (Spring
 * Boot Actuator's): timers {@code egov.http.client}, {@code egov.signature.sign}, … and, with Micrometer Tracing,
 * spans. Active when {@code sdk-micrometer} and Micrometer are on the class path and a registry bean exists;
 * {@code egov.observations.enabled=false} turns it off. The handler is registered with
 * {@link EgovObservations} for the context's lifetime and removed when it closes.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
            "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"
        })
@ConditionalOnClass({MicrometerObservationHandler.class, ObservationRegistry.class})
@ConditionalOnBean(ObservationRegistry.class)
@ConditionalOnProperty(prefix = "egov.observations", name = "enabled", matchIfMissing = true)
public class EgovObservabilityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MicrometerObservationHandler egovMicrometerObservationHandler(ObservationRegistry registry) {
        return new MicrometerObservationHandler(registry);
    }

    @Bean
    EgovObservationRegistration egovObservationRegistration(MicrometerObservationHandler handler) {
        return new EgovObservationRegistration(EgovObservations.register(handler));
    }

    /** Keeps the handler registered while the application context lives. */
    public static final class EgovObservationRegistration implements DisposableBean {
        private final EgovObservations.Registration registration;

        EgovObservationRegistration(EgovObservations.Registration registration) {
            this.registration = registration;
        }

        @Override
        public void destroy() {
            registration.close();
        }
    }
}
