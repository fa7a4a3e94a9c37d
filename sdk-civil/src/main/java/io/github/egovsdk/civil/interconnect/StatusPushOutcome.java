package io.github.egovsdk.civil.interconnect;

/**
 * What to do with a status after the DVCLT software answered its push — the reply is classified by its text, as a
 * production one-stop system does (sync states {@code 1} success, {@code 3} not yet synced, {@code 0} failed).
 */
public enum StatusPushOutcome {
    /** Accepted, or already in a state where the update no longer matters (idempotent): mark it synced. */
    DONE,
    /** A transient answer (not yet ready, server error, SOAP fault) or an unknown one: keep it, retry next run. */
    RETRY,
    /** Refused for good ("logic xử lý không hợp lệ"): mark it failed. */
    FAILED
}
