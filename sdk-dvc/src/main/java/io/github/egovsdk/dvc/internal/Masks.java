package io.github.egovsdk.dvc.internal;

import io.github.egovsdk.core.privacy.Redactor;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Masking of personal data for {@code toString()} (identity-and-public-service-portal.md §15). */
public final class Masks {
    private Masks() {}

    /** A name reduced to initials: {@code Nguyễn Văn An} → {@code N. V. A.}. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        return Arrays.stream(name.strip().split("\\s+"))
                .map(w -> w.codePoints()
                                .limit(1)
                                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        + ".")
                .collect(Collectors.joining(" "));
    }

    /** An ID number keeping its first and last 3 characters. */
    public static String id(String id) {
        return Redactor.maskPersonalId(id);
    }

    /** Any other personal value (phone, e-mail, address): only whether it is present. */
    public static String present(String value) {
        return value == null ? null : "****";
    }
}
