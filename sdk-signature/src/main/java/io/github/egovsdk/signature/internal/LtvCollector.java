package io.github.egovsdk.signature.internal;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.LongTermValidationDataException;
import io.github.egovsdk.signature.LongTermValidationDataException.Reason;
import io.github.egovsdk.signature.revocation.AiaIssuerSource;
import io.github.egovsdk.signature.revocation.RevocationData;
import io.github.egovsdk.signature.revocation.RevocationSource;
import io.github.egovsdk.signature.revocation.RevocationStatus;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.util.Selector;

/**
 * Gathers what B-LT (PAdES, XAdES, CAdES) needs to validate signatures and time-stamps later, offline: the certificates
 * of their chains (issuers missing from the key store fetched through AIA) and a GOOD revocation answer (OCSP or CRL)
 * for each certificate below a root — signers, issuing CAs, TSAs and OCSP responders alike; when one cannot be had,
 * B-LT is refused ({@link LongTermValidationDataException}), never silently downgraded.
 */
public final class LtvCollector {
    private static final JcaX509CertificateConverter CERTS = new JcaX509CertificateConverter();

    private LtvCollector() {}

    /** The certificates and revocation data to store. */
    public record Collected(List<X509Certificate> certificates, List<RevocationData> revocation) {}

    public static Collected collect(PDDocument doc, RevocationSource source, Collection<X509Certificate> extra)
            throws IOException {
        Set<X509Certificate> pool = new LinkedHashSet<>(extra);
        List<X509Certificate> signers = new ArrayList<>();
        for (PDSignature sig : doc.getSignatureDictionaries()) {
            byte[] contents = sig.getContents();
            if (contents == null || contents.length == 0) {
                continue;
            }
            try {
                CMSSignedData sd = PdfChecker.parseCms(contents, null, true);
                pool.addAll(CmsChecker.certificates(sd));
                boolean docTimestamp = "ETSI.RFC3161".equals(sig.getSubFilter());
                for (SignerInformation si : sd.getSignerInfos().getSigners()) {
                    X509Certificate c = signerCertificate(sd, si);
                    if (c != null && !docTimestamp) {
                        signers.add(c);
                    }
                    for (CMSSignedData token : timestampTokens(si)) {
                        pool.addAll(CmsChecker.certificates(token));
                    }
                }
            } catch (CMSException | RuntimeException e) {
                throw new EgovClientException(
                        "Cannot read signature " + sig.getName() + " to extend it: " + e.getMessage(), e);
            }
        }
        return collect(pool, signers, source);
    }

    /**
     * The certificates of {@code certificates} and {@code signers}, completed with missing issuers (AIA caIssuers)
     * and OCSP responder certificates, and a GOOD revocation answer (OCSP or CRL) for every one of them below a root:
     * signers, issuing CAs, TSAs, responders — what a verifier validates offline. Refuses with
     * {@link LongTermValidationDataException} when any of them has none.
     */
    public static Collected collect(
            Collection<X509Certificate> certificates, List<X509Certificate> signers, RevocationSource source) {
        Set<X509Certificate> pool = new LinkedHashSet<>(certificates);
        pool.addAll(signers);
        Set<RevocationData> revocation = new LinkedHashSet<>();
        Deque<X509Certificate> pending = new ArrayDeque<>(pool);
        Set<X509Certificate> done = new HashSet<>();
        AiaIssuerSource aia = null;
        try {
            while (!pending.isEmpty()) {
                X509Certificate cert = pending.poll();
                if (!done.add(cert) || CertificateChecks.isIssuer(cert, cert)) {
                    continue; // a root: trusted as such, no revocation data
                }
                X509Certificate issuer = issuer(cert, pool);
                if (issuer == null) {
                    aia = aia != null ? aia : AiaIssuerSource.builder().build();
                    for (X509Certificate fetched : aia.issuers(cert)) {
                        if (CertificateChecks.isIssuer(fetched, cert) && pool.add(fetched)) {
                            pending.add(fetched);
                        }
                    }
                    issuer = issuer(cert, pool);
                }
                String subject = cert.getSubjectX500Principal().getName();
                if (issuer == null) {
                    throw new LongTermValidationDataException(subject, Reason.ISSUER_NOT_FOUND);
                }
                if (isOcspNoCheck(cert) && signers.stream().noneMatch(cert::equals)) {
                    continue; // a delegated OCSP responder trusted for its validity period (RFC 6960 §4.2.2.2.1)
                }
                RevocationStatus status = source.status(cert, issuer)
                        .orElseThrow(() -> new LongTermValidationDataException(subject, Reason.REVOCATION_UNAVAILABLE));
                if (status.state() != RevocationStatus.State.GOOD) {
                    throw new LongTermValidationDataException(
                            subject,
                            status.state() == RevocationStatus.State.REVOKED ? Reason.REVOKED : Reason.UNKNOWN);
                }
                RevocationData evidence = status.evidence();
                if (evidence == null) {
                    throw new LongTermValidationDataException(subject, Reason.REVOCATION_UNAVAILABLE);
                }
                revocation.add(evidence);
                if (evidence.type() == RevocationData.Type.OCSP) {
                    for (X509CertificateHolder h : OcspEvidence.certificates(evidence.encoded())) {
                        toCertificate(h).filter(pool::add).ifPresent(pending::add);
                    }
                }
            }
        } finally {
            if (aia != null) {
                aia.close();
            }
        }
        return new Collected(List.copyOf(pool), List.copyOf(revocation));
    }

    private static X509Certificate issuer(X509Certificate cert, Collection<X509Certificate> pool) {
        return pool.stream()
                .filter(c -> CertificateChecks.isIssuer(c, cert))
                .findFirst()
                .orElse(null);
    }

    private static boolean isOcspNoCheck(X509Certificate cert) {
        return cert.getExtensionValue(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck.getId()) != null;
    }

    /** The certificates of the signature time-stamps of {@code si}. */
    public static List<X509Certificate> timestampCertificates(SignerInformation si) {
        List<X509Certificate> out = new ArrayList<>();
        for (CMSSignedData token : timestampTokens(si)) {
            out.addAll(CmsChecker.certificates(token));
        }
        return out;
    }

    private static List<CMSSignedData> timestampTokens(SignerInformation si) {
        List<CMSSignedData> out = new ArrayList<>();
        AttributeTable unsigned = si.getUnsignedAttributes();
        if (unsigned == null) {
            return out;
        }
        var all = unsigned.getAll(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        for (int i = 0; i < all.size(); i++) {
            try {
                var attr = Attribute.getInstance(all.get(i));
                out.add(new CMSSignedData(
                        attr.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            } catch (IOException | CMSException | RuntimeException ignored) {
                // an unreadable time-stamp contributes no certificate
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static X509Certificate signerCertificate(CMSSignedData sd, SignerInformation si) {
        Collection<X509CertificateHolder> m = sd.getCertificates().getMatches((Selector) si.getSID());
        return m.isEmpty() ? null : toCertificate(m.iterator().next()).orElse(null);
    }

    private static Optional<X509Certificate> toCertificate(X509CertificateHolder h) {
        try {
            return Optional.of(CERTS.getCertificate(h));
        } catch (CertificateException e) {
            return Optional.empty();
        }
    }
}
