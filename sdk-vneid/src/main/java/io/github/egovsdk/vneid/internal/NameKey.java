package io.github.egovsdk.vneid.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A name in comparable form, as the provincial population adapter keys it (reference §7.2): upper case, no
 * diacritics, no spaces — "Nguyễn Văn A" → "NGUYENVANA". {@code đ/Đ} become {@code D} (they are letters, not accented
 * {@code d}, so NFD keeps them). MRZ separators ({@code ,} and {@code <}) are dropped too, so "NGUYEN, VAN A" from
 * a chip's MRZ compares equal to the printed name.
 */
public final class NameKey {
    private NameKey() {}

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String n = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return n.replaceAll("[\\s\\p{Z},<]+", "").toUpperCase(Locale.ROOT);
    }
}
