package io.github.egovsdk.signature.revocation;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * Asks several sources in order and keeps the first definitive answer (GOOD or REVOKED); an UNKNOWN answer is kept
 * only if no later source knows better. {@link #ocspThenCrl()} is the SDK's online default: OCSP from the
 * certificate's AIA, then the CRL from its distribution points. Closing it closes its sources.
 * Thread-safe when its sources are.
 *
 * <p>Example:
 * <pre>{@code
 * try (CompositeRevocationSource revocation = CompositeRevocationSource.ocspThenCrl()) {  // OCSP, then the CRL
 *     ValidationReport report = SignatureValidator.builder().trustAnchors(roots).revocation(revocation).build()
 *             .validate(file);
 * }
 * }</pre>
 */
public final class CompositeRevocationSource implements RevocationSource, AutoCloseable {
    private final List<RevocationSource> sources;

    private CompositeRevocationSource(List<RevocationSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The sources, asked in this order. */
    public static CompositeRevocationSource of(RevocationSource... sources) {
        return new CompositeRevocationSource(List.of(sources));
    }

    /** OCSP first (fast, fresh), then the CRL when the responder is down or has no answer. */
    public static CompositeRevocationSource ocspThenCrl(OcspRevocationSource ocsp, CrlRevocationSource crl) {
        return of(ocsp, crl);
    }

    /** The online default with default client settings: OCSP from AIA, then CRL distribution points. */
    public static CompositeRevocationSource ocspThenCrl() {
        return of(
                OcspRevocationSource.builder().build(),
                CrlRevocationSource.builder().build());
    }

    @Override
    public Optional<RevocationStatus> status(X509Certificate certificate, X509Certificate issuer) {
        Optional<RevocationStatus> unknown = Optional.empty();
        for (RevocationSource source : sources) {
            Optional<RevocationStatus> s = source.status(certificate, issuer);
            if (s.isPresent() && s.get().state() != RevocationStatus.State.UNKNOWN) {
                return s;
            }
            if (s.isPresent() && unknown.isEmpty()) {
                unknown = s;
            }
        }
        return unknown;
    }

    @Override
    public void close() {
        for (RevocationSource s : sources) {
            if (s instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    // closing a client releases connections only; nothing to report
                }
            }
        }
    }
}
