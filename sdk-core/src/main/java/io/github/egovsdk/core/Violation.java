package io.github.egovsdk.core;

import java.util.Objects;

/**
 * One broken rule found while validating input.
 *
 * @param propertyPath the field, e.g. {@code dossier.applicant.personalId}
 * @param rule         the rule's name, e.g. {@code NotBlank}, {@code Pattern}, {@code PersonalIdNumber.province}
 * @param message      the message in the caller's locale (English or Vietnamese)
 * @param invalidValue the offending value, already redacted when it is personal data; may be {@code null}
 */
public record Violation(String propertyPath, String rule, String message, String invalidValue) {
    public Violation {
        Objects.requireNonNull(propertyPath, "propertyPath");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return propertyPath + ": " + message + " [" + rule + "]";
    }
}
