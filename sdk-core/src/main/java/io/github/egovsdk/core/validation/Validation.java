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

/**
 * Validates models with Jakarta Validation and throws {@link ValidationException} listing every violation (property
 * path, rule, message). Messages come in English or Vietnamese by locale, from the SDK's own bundle through
 * {@link EgovMessageInterpolator}: the application's {@code ValidationMessages.properties} and its
 * {@code META-INF/validation.xml} are neither read nor changed, and no Jakarta EL implementation is needed.
 *
 * <p>The provider is the default one on the classpath (Hibernate Validator 8 or 9, or a Jakarta EE container's).
 *
 * <p>Example:
 * <pre>{@code
 * Validation.validate(dossier, "dossier");   // ValidationException listing every violation, English and Vietnamese
 * }</pre>
 */
public final class Validation {
    private static final EgovMessageInterpolator ENGLISH = new EgovMessageInterpolator(Locale.ENGLISH);
    private static final EgovMessageInterpolator VIETNAMESE = new EgovMessageInterpolator(Locale.forLanguageTag("vi"));
    // fully qualified: this class is named Validation too
    private static final ValidatorFactory FACTORY = jakarta.validation.Validation.byDefaultProvider()
            .configure()
            .ignoreXmlConfiguration()
            .messageInterpolator(ENGLISH)
            .buildValidatorFactory();

    private Validation() {}

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
        EgovMessageInterpolator messages = "vi".equals(locale.getLanguage()) ? VIETNAMESE : ENGLISH;
        Validator validator =
                FACTORY.usingContext().messageInterpolator(messages).getValidator();
        Set<ConstraintViolation<Object>> found = validator.validate(model);
        return found.stream()
                .map(v -> new Violation(
                        v.getPropertyPath().toString(),
                        v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName(),
                        v.getMessage(),
                        v.getInvalidValue() == null ? null : Redactor.redact(String.valueOf(v.getInvalidValue()))))
                .sorted(Comparator.comparing(Violation::propertyPath).thenComparing(Violation::rule))
                .toList();
    }
}
