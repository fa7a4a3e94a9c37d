package io.github.egovsdk.vneid.population;

import java.time.Instant;

/**
 * One population-database lookup as the audit log must keep it (reference §7, §15): who asked, why, when, the
 * request id and the outcome — and <em>no</em> personal data (no number, name or date of birth).
 *
 * @param at        when the check was made
 * @param requestId {@code MaYeuCau}, unique per call, to correlate with the gateway's own log
 * @param officerId the officer or system that asked ({@code MaCanBo})
 * @param purpose   why (e.g. the procedure or dossier code)
 * @param outcome   MATCH, NO_MATCH or ERROR
 */
public record AuditRecord(Instant at, String requestId, String officerId, String purpose, CheckOutcome outcome) {
}
