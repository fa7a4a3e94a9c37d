package io.github.egovsdk.signature.internal;

import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;

/**
 * Whether a CMS signer meets the BASELINE-B requirements of ETSI EN 319 122-1 §6.3 (CAdES) or EN 319 142-1 §6.3
 * (PAdES), so the verifier reports the profile a file really has, as EU DSS does: exactly one content-type (value
 * id-data), message-digest and signing-certificate(-v2) signed attribute, the signing certificate in
 * {@code SignedData.certificates}, signing-certificate (v1) only with SHA-1 and v2 otherwise; a signing-time present
 * exactly once in CAdES and absent in PAdES (whose claimed time is {@code /M}). A signer with a signing-certificate
 * reference that misses one of them is {@code CAdES-BES} / {@code PAdES-BES}.
 */
final class CmsProfile {
    private CmsProfile() {}

    /** True for the AdES family (a signed signing-certificate reference is present). */
    static boolean isAdes(AttributeTable signed) {
        return signed != null
                && (signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null
                        || signed.get(PKCSObjectIdentifiers.id_aa_signingCertificate) != null);
    }

    static boolean isBaselineB(
            AttributeTable signed,
            boolean pades,
            X509Certificate signer,
            List<X509Certificate> signedDataCertificates) {
        if (!isAdes(signed) || signer == null || !signedDataCertificates.contains(signer)) {
            return false;
        }
        if (count(signed, CMSAttributes.contentType) != 1 || count(signed, CMSAttributes.messageDigest) != 1) {
            return false;
        }
        Attribute contentType = signed.get(CMSAttributes.contentType);
        if (!PKCSObjectIdentifiers.data.equals(contentType.getAttrValues().getObjectAt(0))) {
            return false;
        }
        int v1 = count(signed, PKCSObjectIdentifiers.id_aa_signingCertificate);
        int v2 = count(signed, PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (v1 + v2 != 1 || !signingCertificateVersionFitsHash(signed, v1 == 1)) {
            return false;
        }
        int signingTimes = count(signed, CMSAttributes.signingTime);
        return pades ? signingTimes == 0 : signingTimes == 1;
    }

    /** EN 319 122-1 §6.3 (h), (i): signing-certificate for SHA-1 references, signing-certificate-v2 otherwise. */
    private static boolean signingCertificateVersionFitsHash(AttributeTable signed, boolean v1) {
        try {
            if (v1) {
                return SigningCertificate.getInstance(signed.get(PKCSObjectIdentifiers.id_aa_signingCertificate)
                                        .getAttrValues()
                                        .getObjectAt(0))
                                .getCerts()
                                .length
                        > 0;
            }
            var ids = SigningCertificateV2.getInstance(signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)
                            .getAttrValues()
                            .getObjectAt(0))
                    .getCerts();
            return ids.length > 0
                    && !OIWObjectIdentifiers.idSHA1.equals(
                            ids[0].getHashAlgorithm().getAlgorithm());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static int count(AttributeTable signed, ASN1ObjectIdentifier type) {
        int n = 0;
        var all = signed.getAll(type);
        for (int i = 0; i < all.size(); i++) {
            n += Attribute.getInstance(all.get(i)).getAttrValues().size();
        }
        return n;
    }
}
