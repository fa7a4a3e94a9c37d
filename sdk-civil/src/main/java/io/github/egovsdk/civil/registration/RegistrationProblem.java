package io.github.egovsdk.civil.registration;

import io.github.egovsdk.core.Violation;
import java.util.Objects;

/**
 * One thing wrong with a decoded registration: the wire field it concerns (e.g. {@code hoTich.nksHoTen}), the rule
 * ({@code Required}, {@code DateFormat}, {@code Length}, …) and the message in English and Vietnamese. Never carries
 * the offending value: it may be personal data.
 */
public record RegistrationProblem(String field, String rule, String en, String vi) {
    public RegistrationProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(vi, "vi");
    }

    /** As a core {@link Violation} (message "English / Vietnamese", no value). */
    public Violation toViolation() {
        return new Violation(field, rule, en + " / " + vi, null);
    }

    @Override
    public String toString() {
        return field + ": " + en + " / " + vi + " [" + rule + "]";
    }
}
