package io.github.egovsdk.signature.internal;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.revocation.RevocationData;
import io.github.egovsdk.signature.revocation.RevocationSource;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.OtherRevocationInfoFormat;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.util.CollectionStore;
import org.bouncycastle.util.Selector;

/**
 * CAdES B-LT validation data (ETSI EN 319 122-1 5.5): the certificates of the signing and time-stamp chains in
 * {@code SignedData.certificates}, and revocation data in {@code SignedData.crls} — CRLs as {@code CertificateList},
 * OCSP responses as {@code OtherRevocationInfoFormat} {@code id-ri-ocsp-response} (RFC 5940) — added after the
 * signature time-stamp; and reading them back for validation. Signatures and signed attributes are unchanged.
 */
public final class CadesLongTerm {
    private CadesLongTerm() {}

    /**
     * {@code sd} with the validation data of every signer added. Each signer must carry a signature time-stamp (B-T)
     * and its certificate must be GOOD according to {@code source}, else {@link EgovClientException}.
     */
    public static CMSSignedData add(CMSSignedData sd, RevocationSource source, Collection<X509Certificate> extra) {
        Set<X509Certificate> pool = new LinkedHashSet<>(CmsChecker.certificates(sd));
        pool.addAll(extra);
        List<X509Certificate> signers = new ArrayList<>();
        for (SignerInformation si : sd.getSignerInfos().getSigners()) {
            var unsigned = si.getUnsignedAttributes();
            if (unsigned == null || unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) == null) {
                throw new EgovClientException(
                        "B-LT extends a CAdES B-T signature: a signer has no signature" + " time-stamp");
            }
            signers.add(signerCertificate(sd, si));
            pool.addAll(LtvCollector.timestampCertificates(si));
        }
        LtvCollector.Collected data = LtvCollector.collect(pool, signers, source);
        try {
            Set<X509CertificateHolder> certs =
                    new LinkedHashSet<>(sd.getCertificates().getMatches(null));
            for (X509Certificate c : data.certificates()) {
                certs.add(new JcaX509CertificateHolder(c));
            }
            List<Object> revocations = new ArrayList<>(sd.getCRLs().getMatches(null));
            for (Object o : sd.getOtherRevocationInfo(CMSObjectIdentifiers.id_ri_ocsp_response)
                    .getMatches(null)) {
                revocations.add(
                        new OtherRevocationInfoFormat(CMSObjectIdentifiers.id_ri_ocsp_response, (ASN1Encodable) o));
            }
            for (RevocationData d : data.revocation()) {
                if (d.type() == RevocationData.Type.CRL) {
                    revocations.add(new X509CRLHolder(d.encoded()));
                } else {
                    revocations.add(new OtherRevocationInfoFormat(
                            CMSObjectIdentifiers.id_ri_ocsp_response, OCSPResponse.getInstance(d.encoded())));
                }
            }
            return CMSSignedData.replaceCertificatesAndCRLs(
                    sd,
                    new CollectionStore<>(certs),
                    sd.getAttributeCertificates(),
                    new CollectionStore<>(dedupe(revocations)));
        } catch (CMSException | IOException | CertificateEncodingException e) {
            throw new EgovClientException("Cannot add the B-LT validation data: " + e.getMessage(), e);
        }
    }

    /** The revocation data and certificates of {@code sd}, or null when it carries no revocation data. */
    static EmbeddedRevocation read(CMSSignedData sd) {
        List<byte[]> crls = new ArrayList<>();
        List<byte[]> ocsps = new ArrayList<>();
        try {
            for (X509CRLHolder crl : sd.getCRLs().getMatches(null)) {
                crls.add(crl.getEncoded());
            }
            for (Object o : sd.getOtherRevocationInfo(CMSObjectIdentifiers.id_ri_ocsp_response)
                    .getMatches(null)) {
                ocsps.add(((ASN1Encodable) o).toASN1Primitive().getEncoded());
            }
            for (Object o : sd.getOtherRevocationInfo(OCSPObjectIdentifiers.id_pkix_ocsp_basic)
                    .getMatches(null)) {
                ocsps.add(OcspEvidence.asResponse(
                        ((ASN1Encodable) o).toASN1Primitive().getEncoded()));
            }
        } catch (IOException | RuntimeException e) {
            return null; // unreadable validation data: validate as if there were none
        }
        return crls.isEmpty() && ocsps.isEmpty()
                ? null
                : new EmbeddedRevocation(CmsChecker.certificates(sd), ocsps, crls);
    }

    private static List<Object> dedupe(List<Object> revocations) {
        List<Object> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Object o : revocations) {
            try {
                byte[] der = o instanceof X509CRLHolder h
                        ? h.getEncoded()
                        : ((ASN1Encodable) o).toASN1Primitive().getEncoded();
                if (seen.add(HexFormat.of().formatHex(der))) {
                    out.add(o);
                }
            } catch (IOException e) {
                out.add(o);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static X509Certificate signerCertificate(CMSSignedData sd, SignerInformation si) {
        Collection<X509CertificateHolder> m = sd.getCertificates().getMatches((Selector) si.getSID());
        if (m.isEmpty()) {
            throw new EgovClientException("The signing certificate is not in the signature: cannot extend to B-LT");
        }
        try {
            return new JcaX509CertificateConverter().getCertificate(m.iterator().next());
        } catch (CertificateException e) {
            throw new EgovClientException("Unreadable signing certificate: cannot extend to B-LT", e);
        }
    }
}
