package io.github.egovsdk.vneid.internal.chip;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/** Certificate checks for passive authentication: issuer by name and signature, validity at an instant. */
public final class Certificates {
    private Certificates() {}

    /** The candidates whose subject is the certificate's issuer and whose key verifies its signature. */
    public static List<X509Certificate> findIssuer(X509Certificate cert, Collection<X509Certificate> candidates) {
        return candidates.stream()
                .filter(c -> c.getSubjectX500Principal().equals(cert.getIssuerX500Principal()))
                .filter(c -> signedBy(cert, c))
                .toList();
    }

    public static boolean signedBy(X509Certificate cert, X509Certificate issuer) {
        try {
            return new X509CertificateHolder(cert.getEncoded())
                    .isSignatureValid(new JcaContentVerifierProviderBuilder()
                            .setProvider(Bc.PROVIDER)
                            .build(issuer.getPublicKey()));
        } catch (Exception e) { // encoding, unsupported algorithm, bad key: not signed by this issuer
            return false;
        }
    }

    /** -1 not yet valid, 0 valid, 1 expired at the instant. */
    public static int validity(X509Certificate cert, Instant at) {
        if (at.isBefore(cert.getNotBefore().toInstant())) {
            return -1;
        }
        return at.isAfter(cert.getNotAfter().toInstant()) ? 1 : 0;
    }
}
