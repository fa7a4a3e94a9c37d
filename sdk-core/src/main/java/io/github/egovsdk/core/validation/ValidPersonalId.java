package io.github.egovsdk.core.validation;

import io.github.egovsdk.core.vn.PersonalIdNumber;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A well-formed 12-digit personal ID number (số định danh cá nhân); {@code null} is valid. */
@Documented
@Constraint(validatedBy = ValidPersonalId.Check.class)
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPersonalId {
    String message() default "{io.github.egovsdk.ValidPersonalId.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator. */
    class Check implements ConstraintValidator<ValidPersonalId, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            return value == null
                    || value instanceof PersonalIdNumber
                    || PersonalIdNumber.check(value.toString()).valid();
        }
    }
}
