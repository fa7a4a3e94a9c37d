package io.github.egovsdk.vneid.population;

/** Kết quả đối chiếu — the answer of a population-database check. */
public enum CheckOutcome {
    /** Khớp: a record with this number has this name (and date of birth, when given). */
    MATCH,
    /** Không khớp: no such number, or its name or date of birth differ. */
    NO_MATCH,
    /** The service failed; recorded in audit records only (the call throws). */
    ERROR
}
