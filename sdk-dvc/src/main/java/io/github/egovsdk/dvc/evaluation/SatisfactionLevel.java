package io.github.egovsdk.dvc.evaluation;

import java.util.Optional;

/** The tiers of satisfaction used in agency-level aggregates (mức độ hài lòng). */
public enum SatisfactionLevel {
    VERY_SATISFIED("RHL", "Rất hài lòng"),
    SATISFIED("HL", "Hài lòng"),
    NEUTRAL("BT", "Bình thường"),
    NOT_SATISFIED("KHL", "Không hài lòng"),
    VERY_DISSATISFIED("RKHL", "Rất không hài lòng");

    private final String code;
    private final String vietnamese;

    SatisfactionLevel(String code, String vietnamese) {
        this.code = code;
        this.vietnamese = vietnamese;
    }

    /** {@code RHL}, {@code HL}, {@code BT}, {@code KHL}, {@code RKHL}. */
    public String code() {
        return code;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public static Optional<SatisfactionLevel> fromCode(String code) {
        for (SatisfactionLevel l : values()) {
            if (l.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
