package io.github.egovsdk.signature;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * ETSI baseline levels: B-B (basic), B-T (with a signature time-stamp from a TSA), B-LT (with the certificates and
 * revocation data needed to validate it later, offline), B-LTA (plus an archive / document time-stamp over them).
 */
public enum SignatureLevel {
    B_B,
    B_T,
    B_LT,
    B_LTA;

    public String label() {
        return name().replace('_', '-');
    }

    /** Reads "B-T", "b_lt", "LTA"…; empty for anything else. */
    public static Optional<SignatureLevel> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        String name = t.startsWith("B_") ? t : "B_" + t;
        for (SignatureLevel l : values()) {
            if (l.name().equals(name)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * Parses "B-T", "b_lt", "LTA"….
     *
     * @throws ValidationException naming {@code level} for anything else
     */
    public static SignatureLevel parse(String text) {
        return fromCode(text)
                .orElseThrow(() -> new ValidationException(
                        "signature level '" + text + "'",
                        List.of(new Violation(
                                "level", "OneOf", "B-B, B-T, B-LT or B-LTA / B-B, B-T, B-LT hoặc B-LTA", text))));
    }
}
