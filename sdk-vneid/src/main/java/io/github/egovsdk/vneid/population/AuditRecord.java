package io.github.egovsdk.vneid.population;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One audited lookup. Holds no personal data by construction: no number, name or date of birth.
 *
 * @param requestId   the {@code MaYeuCau} sent to the gateway
 * @param requestedBy the officer or system code ({@link LookupContext#requestedBy()})
 * @param purpose     why ({@link LookupContext#purpose()})
 * @param at          when the lookup was made (the client's clock)
 * @param outcome     what came of it
 * @param errorCode   the service's error code or the exception type when {@code outcome} is {@link Outcome#ERROR}
 */
public record AuditRecord(
        String requestId, String requestedBy, String purpose, Instant at, Outcome outcome, Optional<String> errorCode) {

    /** How the lookup ended. */
    public enum Outcome {
        MATCH,
        NO_MATCH,
        ERROR
    }

    public AuditRecord {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(outcome, "outcome");
        errorCode = errorCode == null ? Optional.empty() : errorCode;
    }
}
