package io.github.egovsdk.signature.revocation;

import java.time.Instant;

/**
 * What a revocation source says about a certificate.
 *
 * @param state          GOOD, REVOKED or UNKNOWN
 * @param revocationTime when it was revoked (REVOKED only)
 * @param producedAt     when the responder produced the answer
 */
public record RevocationStatus(State state, Instant revocationTime, Instant producedAt) {
    /** The certificate's status. */
    public enum State {
        GOOD, REVOKED, UNKNOWN
    }
}
