package io.github.egovsdk.core.validation;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.core.privacy.Redactor;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;

/**
 * Validates models with Jakarta Validation (Hibernate Validator) and throws {@link ValidationException} listing every
 * violation (property path, rule, message). Messages come in English or Vietnamese
 * ({@code ValidationMessages_vi.properties}) by locale.
 */
public final class Validation {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ValidatorFactory FACTORY = jakarta.validation.Validation.byProvider(HibernateValidator.class)
            .configure()
            .buildValidatorFactory();

    private Validation() {
    }

    /** Validates in the JVM's default locale. */
    public static <T> T validate(T model, String subject) {
        return validate(model, subject, Locale.getDefault());
    }

    /** Validates; messages in {@code locale} (Vietnamese for {@code vi}, English otherwise). */
    public static <T> T validate(T model, String subject, Locale locale) {
        List<Violation> violations = violations(model, locale);
        if (!violations.isEmpty()) {
            throw new ValidationException(subject, violations);
        }
        return model;
    }

    /** Every violation of the model's constraints, sorted by property path. */
    public static List<Violation> violations(Object model, Locale locale) {
        Locale effective = "vi".equals(locale.getLanguage()) ? VIETNAMESE : Locale.ENGLISH;
        Validator validator = FACTORY.usingContext()
                .messageInterpolator(new LocaleInterpolator(FACTORY.getMessageInterpolator(), effective))
                .getValidator();
        Set<ConstraintViolation<Object>> found = validator.validate(model);
        return found.stream()
                .map(v -> new Violation(v.getPropertyPath().toString(),
                        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage(),
                        v.getInvalidValue() == null ? null : Redactor.redact(String.valueOf(v.getInvalidValue()))))
                .sorted(Comparator.comparing(Violation::propertyPath).thenComparing(Violation::rule))
                .toList();
    }

    /** Forces one locale on an interpolator. */
    private record LocaleInterpolator(jakarta.validation.MessageInterpolator delegate, Locale locale)
            implements jakarta.validation.MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, locale);
        }
    }
}
