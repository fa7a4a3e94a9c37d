package io.github.egovsdk.spring.boot.autoconfigure;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/** The condition of {@link ConditionalOnEgovService}. */
class OnEgovServiceCondition extends SpringBootCondition {
    static final String SANDBOX = "io.github.egovsdk.testkit.EgovSandbox";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Map<String, Object> attrs = metadata.getAnnotationAttributes(ConditionalOnEgovService.class.getName());
        String service = String.valueOf(attrs.get("value"));
        Environment env = context.getEnvironment();
        if (env.getProperty("egov.sandbox.enabled", Boolean.class, false)
                && ClassUtils.isPresent(SANDBOX, context.getClassLoader())) {
            return ConditionOutcome.match("egov.sandbox.enabled=true wires egov." + service + " to the sandbox");
        }
        String[] names = (String[]) attrs.get("properties");
        for (String name : names) {
            for (String key : new String[] {name, name + "[0]"}) {
                String value = env.getProperty("egov." + service + "." + key);
                if (value != null && !value.isBlank()) {
                    return ConditionOutcome.match("egov." + service + "." + key + " is set");
                }
            }
        }
        return ConditionOutcome.noMatch("egov." + service + "." + String.join("/", names) + " is not set");
    }
}
