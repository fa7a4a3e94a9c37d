package io.github.egovsdk.signature.revocation;

import java.time.Instant;

/**
 * What a revocation source says about a certificate.
 *
 * @param state          GOOD, REVOKED or UNKNOWN
 * @param revocationTime when it was revoked (REVOKED only)
 * @param producedAt     when the responder produced the answer (OCSP producedAt, CRL thisUpdate)
 * @param evidence       the OCSP response or CRL the answer comes from, or null when the source keeps none
 */
public record RevocationStatus(State state, Instant revocationTime, Instant producedAt, RevocationData evidence) {
    /** The certificate's status. */
    public enum State {
        GOOD,
        REVOKED,
        UNKNOWN
    }

    public RevocationStatus(State state, Instant revocationTime, Instant producedAt) {
        this(state, revocationTime, producedAt, null);
    }

    /** "OCSP", "CRL" or "revocation source": where the answer came from, for messages. */
    public String sourceLabel() {
        return evidence == null ? "revocation source" : evidence.type().name();
    }
}
