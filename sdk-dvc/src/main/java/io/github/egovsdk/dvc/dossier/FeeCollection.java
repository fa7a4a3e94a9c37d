package io.github.egovsdk.dvc.dossier;

import java.text.Normalizer;
import java.util.Locale;

/** When a fee is collected ({@code HinhThucThu}, hình thức thu); the portal sends the Vietnamese text. */
public enum FeeCollection {
    /** Thu trước — collected when the dossier is received. */
    BEFORE("Thu trước"),
    /** Thu sau — collected when the result is returned. */
    AFTER("Thu sau"),
    /** Đối tượng miễn phí — the applicant is exempt. */
    EXEMPT("Đối tượng miễn phí");

    private final String vietnamese;

    FeeCollection(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /** The text sent to the portal. */
    public String vietnamese() {
        return vietnamese;
    }

    /**
     * From the portal's text, tolerant of case, Unicode normalisation and missing diacritics ({@code "thu truoc"});
     * {@code null} for an unknown value.
     */
    public static FeeCollection fromText(String text) {
        if (text == null) {
            return null;
        }
        String t = fold(text);
        for (FeeCollection f : values()) {
            if (fold(f.vietnamese).equals(t)) {
                return f;
            }
        }
        return null;
    }

    private static String fold(String s) {
        String d = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
