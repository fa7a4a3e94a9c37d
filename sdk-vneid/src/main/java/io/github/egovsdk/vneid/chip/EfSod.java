package io.github.egovsdk.vneid.chip;

import io.github.egovsdk.vneid.internal.chip.Bc;
import io.github.egovsdk.vneid.internal.chip.LdsTags;
import io.github.egovsdk.vneid.internal.chip.Tlv;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/**
 * EF.SOD (FID 011D, tag 77), the document security object: a CMS SignedData whose content
 * ({@code id-icao-mrtd-security-ldsSecurityObject}, 2.23.136.1.1.1) is the {@code LDSSecurityObject} — the digest
 * algorithm and one hash per data group — signed by the Document Signer (DSC), whose certificate is normally embedded.
 * Parsing checks the structure only; {@link PassiveAuthenticator} verifies it. Immutable.
 */
public final class EfSod {
    private static final String FILE = "EF.SOD";
    private static final Map<String, String> DIGESTS = Map.of(
            "1.3.14.3.2.26",
            "SHA-1",
            "2.16.840.1.101.3.4.2.4",
            "SHA-224",
            "2.16.840.1.101.3.4.2.1",
            "SHA-256",
            "2.16.840.1.101.3.4.2.2",
            "SHA-384",
            "2.16.840.1.101.3.4.2.3",
            "SHA-512");
    private static final Map<String, Integer> DIGEST_LENGTHS =
            Map.of("SHA-1", 20, "SHA-224", 28, "SHA-256", 32, "SHA-384", 48, "SHA-512", 64);

    private final byte[] encoded;
    private final CMSSignedData signedData;
    private final SignerInformation signer;
    private final String digestAlgorithm;
    private final Map<Integer, byte[]> hashes;
    private final X509Certificate documentSigner;
    private final String ldsVersion;

    private EfSod(
            byte[] encoded,
            CMSSignedData signedData,
            SignerInformation signer,
            String digestAlgorithm,
            Map<Integer, byte[]> hashes,
            X509Certificate documentSigner,
            String ldsVersion) {
        this.encoded = encoded;
        this.signedData = signedData;
        this.signer = signer;
        this.digestAlgorithm = digestAlgorithm;
        this.hashes = hashes;
        this.documentSigner = documentSigner;
        this.ldsVersion = ldsVersion;
    }

    /**
     * Parses EF.SOD as read from the chip (the full TLV starting with tag 77).
     *
     * @throws ChipFormatException bad TLV, not a CMS SignedData, wrong content type, not exactly one signer, fewer
     *                             than 2 or more than 16 hashes (ICAO bounds, enforced by BouncyCastle), an
     *                             unsupported digest algorithm, a hash of the wrong length or a DG number outside 1–16
     */
    public static EfSod parse(byte[] encoded) {
        byte[] copy = encoded == null ? null : encoded.clone();
        Tlv sod = Tlv.parse(FILE, copy, LdsTags.SOD).checkStructure();
        try {
            return parse(copy, sod);
        } catch (ChipFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            // BouncyCastle decodes the SignedData lazily: a signer, attribute or hash of the wrong ASN.1 type
            // surfaces as IllegalArgumentException, ClassCastException… wherever it is first touched.
            throw new ChipFormatException(
                    FILE,
                    "CMS_STRUCTURE",
                    "the SignedData is malformed (" + e.getClass().getSimpleName() + ")",
                    "cấu trúc SignedData không hợp lệ",
                    e);
        }
    }

    private static EfSod parse(byte[] copy, Tlv sod) {
        CMSSignedData cms;
        try {
            cms = new CMSSignedData(sod.value());
        } catch (CMSException | RuntimeException e) {
            throw new ChipFormatException(
                    FILE, "CMS_STRUCTURE", "not a CMS SignedData", "không phải CMS SignedData", e);
        }
        if (!ICAOObjectIdentifiers.id_icao_ldsSecurityObject.getId().equals(cms.getSignedContentTypeOID())
                || cms.getSignedContent() == null) {
            throw Tlv.error(
                    FILE,
                    "CONTENT_TYPE",
                    "the signed content is not an LDSSecurityObject (2.23.136.1.1.1)",
                    "nội dung được ký không phải LDSSecurityObject (2.23.136.1.1.1)");
        }
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw Tlv.error(
                    FILE,
                    "SIGNER_COUNT",
                    "expected one signer, found " + signers.size(),
                    "cần đúng một người ký, có " + signers.size());
        }
        SignerInformation signer = signers.iterator().next();
        byte[] content = (byte[]) cms.getSignedContent().getContent();
        Tlv.parse(FILE, content, 0x30).checkStructure();
        LDSSecurityObject lds;
        try {
            lds = LDSSecurityObject.getInstance(content);
        } catch (RuntimeException e) {
            throw new ChipFormatException(
                    FILE,
                    "LDS_SECURITY_OBJECT",
                    "the LDSSecurityObject is malformed",
                    "LDSSecurityObject sai cấu trúc",
                    e);
        }
        ASN1ObjectIdentifier oid = lds.getDigestAlgorithmIdentifier().getAlgorithm();
        String digest = DIGESTS.get(oid.getId());
        if (digest == null) {
            throw Tlv.error(
                    FILE,
                    "DIGEST_ALGORITHM",
                    "unsupported digest algorithm " + oid.getId(),
                    "thuật toán băm không được hỗ trợ " + oid.getId());
        }
        Map<Integer, byte[]> hashes = new TreeMap<>();
        for (DataGroupHash h : lds.getDatagroupHash()) {
            int dg = h.getDataGroupNumber();
            byte[] value = h.getDataGroupHashValue().getOctets();
            if (dg < 1 || dg > 16 || hashes.containsKey(dg)) {
                throw Tlv.error(
                        FILE,
                        "DG_NUMBER",
                        "data-group number " + dg + " is outside 1–16 or repeated",
                        "số nhóm dữ liệu " + dg + " nằm ngoài 1–16 hoặc bị lặp");
            }
            if (value.length != DIGEST_LENGTHS.get(digest)) {
                throw Tlv.error(
                        FILE,
                        "HASH_LENGTH",
                        "the DG" + dg + " hash has " + value.length + " bytes, " + digest + " gives "
                                + DIGEST_LENGTHS.get(digest),
                        "giá trị băm của DG" + dg + " dài " + value.length + " byte, " + digest + " cho "
                                + DIGEST_LENGTHS.get(digest));
            }
            hashes.put(dg, value);
        }
        X509Certificate dsc = null;
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
        if (!matches.isEmpty()) {
            dsc = Bc.certificate(matches.iterator().next(), FILE);
        }
        String ldsVersion =
                lds.getVersionInfo() == null ? null : lds.getVersionInfo().getLdsVersion();
        return new EfSod(copy, cms, signer, digest, Collections.unmodifiableMap(hashes), dsc, ldsVersion);
    }

    /** JCA name of the digest algorithm of the data-group hashes, e.g. {@code SHA-256}. */
    public String digestAlgorithm() {
        return digestAlgorithm;
    }

    /** Data-group numbers that have a hash in the SOD. */
    public Set<Integer> dataGroups() {
        return hashes.keySet();
    }

    /** A copy of the hash of DG{@code n}, if the SOD lists it. */
    public Optional<byte[]> hash(int dataGroup) {
        return Optional.ofNullable(hashes.get(dataGroup)).map(byte[]::clone);
    }

    /** The Document Signer certificate embedded in the SignedData, if any (ICAO requires it). */
    public Optional<X509Certificate> documentSigner() {
        return Optional.ofNullable(documentSigner);
    }

    /** LDS version from {@code LDSVersionInfo} (LDSSecurityObject v1), if present. */
    public Optional<String> ldsVersion() {
        return Optional.ofNullable(ldsVersion);
    }

    /**
     * The signer's claimed signing time (CMS {@code signingTime} signed attribute), if the SOD carries one. It is
     * covered by the SOD signature, so only the DSC's key holder could have set it.
     */
    public Optional<Instant> signingTime() {
        AttributeTable signed = signer.getSignedAttributes();
        if (signed == null) {
            return Optional.empty();
        }
        Attribute a = signed.get(CMSAttributes.signingTime);
        if (a == null || a.getAttrValues().size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    Time.getInstance(a.getAttrValues().getObjectAt(0)).getDate().toInstant());
        } catch (RuntimeException e) {
            return Optional.empty(); // a malformed time is no time: validity falls back to the clock
        }
    }

    /** A copy of the file as read. */
    public byte[] encoded() {
        return encoded.clone();
    }

    CMSSignedData signedData() {
        return signedData;
    }

    SignerInformation signer() {
        return signer;
    }

    @Override
    public String toString() {
        return "EfSod[" + digestAlgorithm + ", dataGroups=" + hashes.keySet() + ", dsc="
                + (documentSigner == null
                        ? "-"
                        : documentSigner.getSubjectX500Principal().getName()) + "]";
    }
}
