package io.github.egovsdk.vneid.internal.population;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name form sent as {@code HoVaTen}: upper case without diacritics, whitespace collapsed to single spaces (as the
 * Thanh Hóa SSO path sends it; the comparison on our side ignores case, diacritics and spaces anyway).
 */
final class NameForms {
    private NameForms() {}

    static String upperNoDiacritics(String name) {
        String n = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return n.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
