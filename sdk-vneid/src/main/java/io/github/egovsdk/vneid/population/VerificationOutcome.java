package io.github.egovsdk.vneid.population;

/** The answer of a citizen check (kết quả xác thực thông tin công dân). */
public enum VerificationOutcome {
    /** A record exists with this number, and its name and date of birth match the declaration (khớp). */
    MATCH,
    /** No record with this number, or the name or date of birth differs (không khớp) — never says which. */
    NO_MATCH
}
