package io.github.egovsdk.signature.internal;

import io.github.egovsdk.signature.revocation.RevocationSource;
import io.github.egovsdk.signature.verify.ValidationPolicy;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * What every checker needs: trust anchors, policy, the clock for "now", the online revocation source (null = none),
 * whether the network must not be used ({@code offline}), and the validation data embedded in the document being
 * checked (PAdES DSS: revocation answers and certificates; null / empty outside such a document).
 */
public record ValidationContext(
        Set<TrustAnchor> anchors,
        ValidationPolicy policy,
        Clock clock,
        RevocationSource revocation,
        boolean offline,
        RevocationSource embedded,
        List<X509Certificate> embeddedCertificates) {

    public ValidationContext {
        embeddedCertificates = List.copyOf(embeddedCertificates);
    }

    public ValidationContext(
            Set<TrustAnchor> anchors,
            ValidationPolicy policy,
            Clock clock,
            RevocationSource revocation,
            boolean offline) {
        this(anchors, policy, clock, revocation, offline, null, List.of());
    }

    /** The same context for one document carrying long-term validation data. */
    public ValidationContext withEmbedded(RevocationSource embeddedSource, List<X509Certificate> certificates) {
        return new ValidationContext(anchors, policy, clock, revocation, offline, embeddedSource, certificates);
    }

    /** The online source, unless validation is offline. */
    public RevocationSource online() {
        return offline ? null : revocation;
    }
}
