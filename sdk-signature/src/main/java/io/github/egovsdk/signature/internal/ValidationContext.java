package io.github.egovsdk.signature.internal;

import io.github.egovsdk.signature.verify.ValidationPolicy;
import java.security.cert.TrustAnchor;
import java.time.Clock;
import java.util.Set;

/** What every checker needs: trust anchors, policy, the clock for "now", and revocation checking (null = offline). */
public record ValidationContext(Set<TrustAnchor> anchors, ValidationPolicy policy, Clock clock,
        io.github.egovsdk.signature.revocation.RevocationSource revocation) {
}
