package io.github.egovsdk.testkit.internal.console;

import java.util.Objects;

/**
 * A label of the sandbox console in Vietnamese and English (the page shows the reader's choice).
 *
 * @param vi Vietnamese
 * @param en English
 */
public record Text(String vi, String en) {
    public Text {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    public static Text of(String vi, String en) {
        return new Text(vi, en);
    }

    /** A label that reads the same in both languages (a code, a number). */
    public static Text same(String both) {
        return new Text(both, both);
    }
}
