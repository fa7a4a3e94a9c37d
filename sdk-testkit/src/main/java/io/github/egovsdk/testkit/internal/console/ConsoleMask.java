package io.github.egovsdk.testkit.internal.console;

import io.github.egovsdk.core.privacy.Redactor;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How the console shows personal data: ID numbers keep their first and last 3 digits ({@link Redactor}), names their
 * initials ({@code Nguyễn Thử Nghiệm} → {@code N. T. N.}), free text goes through {@link Redactor#redact}.
 */
public final class ConsoleMask {
    private ConsoleMask() {}

    public static String id(String personalId) {
        return personalId == null || personalId.isBlank() ? "" : Redactor.maskPersonalId(personalId.strip());
    }

    public static String name(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        return Arrays.stream(fullName.strip().split("\\s+"))
                .map(w -> w.codePoints()
                                .limit(1)
                                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        + ".")
                .collect(Collectors.joining(" "));
    }

    public static String text(String text) {
        return text == null ? "" : Redactor.redact(text);
    }
}
