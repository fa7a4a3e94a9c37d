package io.github.egovsdk.vneid.population;

import java.util.Objects;

/**
 * The result of {@link PopulationDbClient#verify}: the outcome only — no personal data from the database is returned.
 *
 * @param outcome   match or no match
 * @param requestId the {@code MaYeuCau} sent, also given to the {@link AuditHook} (quote it to the data provider)
 */
public record CitizenVerification(VerificationOutcome outcome, String requestId) {
    public CitizenVerification {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(requestId, "requestId");
    }

    public boolean matches() {
        return outcome == VerificationOutcome.MATCH;
    }
}
