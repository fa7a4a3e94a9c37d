package io.github.egovsdk.signature.internal;

import io.github.egovsdk.signature.revocation.RevocationData;
import io.github.egovsdk.signature.revocation.RevocationStatus;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Reads a CRL (online or embedded in a signature) for one certificate: it must be issued and signed by the
 * certificate's issuer (whose key usage, when present, allows cRLSign); then the certificate is REVOKED if listed,
 * else GOOD as of the CRL's thisUpdate. Freshness (nextUpdate) is the caller's concern: an embedded CRL is old by
 * design.
 */
public final class CrlEvidence {
    private CrlEvidence() {}

    /** Parses DER (or PEM) CRL bytes; null when they are not a CRL. */
    public static X509CRL parse(byte[] der) {
        try {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    /** Whether {@code issuer} issued and signed {@code crl}. */
    public static boolean signedBy(X509CRL crl, X509Certificate issuer) {
        if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        boolean[] usage = issuer.getKeyUsage();
        if (usage != null && usage.length > 6 && !usage[6]) {
            return false;
        }
        try {
            crl.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The status {@code crl} gives {@code cert}, or empty when the CRL is not the issuer's (untrusted). */
    public static Optional<RevocationStatus> evaluate(
            X509CRL crl, byte[] der, X509Certificate cert, X509Certificate issuer) {
        if (!cert.getIssuerX500Principal().equals(issuer.getSubjectX500Principal()) || !signedBy(crl, issuer)) {
            return Optional.empty();
        }
        RevocationData evidence = new RevocationData(RevocationData.Type.CRL, der);
        X509CRLEntry entry = crl.getRevokedCertificate(cert);
        if (entry != null) {
            return Optional.of(new RevocationStatus(
                    RevocationStatus.State.REVOKED,
                    entry.getRevocationDate().toInstant(),
                    crl.getThisUpdate().toInstant(),
                    evidence));
        }
        return Optional.of(new RevocationStatus(
                RevocationStatus.State.GOOD, null, crl.getThisUpdate().toInstant(), evidence));
    }
}
