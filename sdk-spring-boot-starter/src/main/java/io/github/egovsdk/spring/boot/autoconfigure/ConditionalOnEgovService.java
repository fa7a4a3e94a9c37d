package io.github.egovsdk.spring.boot.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Matches when {@code egov.<service>.endpoint} (or another of {@link #properties()}) is set or {@code
 * egov.sandbox.enabled=true}: the service is configured, so its client bean is wanted.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@Conditional(OnEgovServiceCondition.class)
public @interface ConditionalOnEgovService {
    /** The property group, e.g. {@code portal}. */
    String value();

    /** Properties of the group any one of which, set, configures it; default {@code endpoint}. */
    String[] properties() default {"endpoint"};
}
