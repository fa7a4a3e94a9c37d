package io.github.egovsdk.core.vn;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.core.privacy.Redactor;
import java.util.ArrayList;
import java.util.List;

/**
 * The old 9-digit identity card number (chứng minh nhân dân, CMND). Public sources define no internal structure, so
 * it is validated as 9 digits only. Still found in card QR codes, DG13 and the population database.
 * {@link #toString()} is masked.
 */
public final class LegacyIdNumber {
    private final String value;

    private LegacyIdNumber(String value) {
        this.value = value;
    }

    /** The rules the text breaks (empty = valid). Never throws on user text. */
    public static List<IdRuleViolation> check(String text) {
        String input = text == null ? "" : text.strip();
        List<IdRuleViolation> errors = new ArrayList<>();
        if (input.length() != 9) {
            errors.add(new IdRuleViolation(
                    "LENGTH",
                    "A CMND number has exactly 9 digits, got " + input.length(),
                    "Số CMND phải có đúng 9 chữ số, nhận được " + input.length()));
        }
        if (!input.chars().allMatch(c -> c >= '0' && c <= '9')) {
            errors.add(new IdRuleViolation("DIGITS", "A CMND number has digits only", "Số CMND chỉ gồm chữ số"));
        }
        return errors;
    }

    public static LegacyIdNumber of(String text) {
        List<IdRuleViolation> errors = check(text);
        if (!errors.isEmpty()) {
            throw new ValidationException(
                    "CMND number",
                    errors.stream()
                            .map(e -> new Violation("cmnd", e.rule(), e.message(), Redactor.maskPersonalId(text)))
                            .toList());
        }
        return new LegacyIdNumber(text.strip());
    }

    /** The 9 digits. Personal data: do not log. */
    public String value() {
        return value;
    }

    public String masked() {
        return Redactor.maskPersonalId(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LegacyIdNumber l && l.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
