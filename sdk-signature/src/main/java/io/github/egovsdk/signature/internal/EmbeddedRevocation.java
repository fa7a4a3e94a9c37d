package io.github.egovsdk.signature.internal;

import io.github.egovsdk.signature.revocation.RevocationSource;
import io.github.egovsdk.signature.revocation.RevocationStatus;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Revocation data carried inside a signed document (PAdES DSS, XAdES RevocationValues, CAdES SignedData.crls) and the
 * certificates next to it, answering offline: an OCSP response or CRL counts only if signed by the issuer asked
 * about; among the answers that know the certificate, the most recent wins. Unreadable entries are ignored. Immutable.
 */
public final class EmbeddedRevocation implements RevocationSource {
    private final List<X509Certificate> certificates;
    private final List<byte[]> ocsps;
    private final List<byte[]> crls;

    public EmbeddedRevocation(List<X509Certificate> certificates, List<byte[]> ocsps, List<byte[]> crls) {
        this.certificates = List.copyOf(certificates);
        this.ocsps = ocsps.stream().map(byte[]::clone).toList();
        this.crls = crls.stream().map(byte[]::clone).toList();
    }

    public List<X509Certificate> certificates() {
        return certificates;
    }

    public boolean hasRevocationData() {
        return !ocsps.isEmpty() || !crls.isEmpty();
    }

    @Override
    public Optional<RevocationStatus> status(X509Certificate certificate, X509Certificate issuer) {
        List<RevocationStatus> answers = new ArrayList<>();
        for (byte[] ocsp : ocsps) {
            OcspEvidence.evaluate(ocsp, certificate, issuer).ifPresent(answers::add);
        }
        for (byte[] der : crls) {
            X509CRL crl = CrlEvidence.parse(der);
            if (crl != null) {
                CrlEvidence.evaluate(crl, der, certificate, issuer).ifPresent(answers::add);
            }
        }
        return answers.stream()
                .filter(a -> a.state() != RevocationStatus.State.UNKNOWN)
                .max(Comparator.comparing(RevocationStatus::producedAt))
                .or(() -> answers.stream().findFirst());
    }

    /**
     * Whether this data holds a status for {@code cert}, whose issuer is found among {@code pool}, this data's
     * certificates or the trust anchors — what makes a time-stamped signature B-LT.
     */
    public boolean covers(X509Certificate cert, List<X509Certificate> pool, ValidationContext ctx) {
        X509Certificate issuer = CertificateChecks.issuerOf(cert, pool, ctx.withEmbedded(this, certificates));
        return issuer != null && status(cert, issuer).isPresent();
    }
}
