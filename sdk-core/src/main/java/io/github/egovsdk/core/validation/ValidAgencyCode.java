package io.github.egovsdk.core.validation;

import io.github.egovsdk.core.vn.AgencyCode;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An agency code (mã định danh) under the strict Decision 20/2020/QĐ-TTg rules; {@code null} is valid. */
@Documented
@Constraint(validatedBy = ValidAgencyCode.Check.class)
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidAgencyCode {
    String message() default "{io.github.egovsdk.ValidAgencyCode.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator. */
    class Check implements ConstraintValidator<ValidAgencyCode, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            return value == null || AgencyCode.isValid(value.toString());
        }
    }
}
