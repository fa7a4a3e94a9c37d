package io.github.egovsdk.signature.internal;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.tsa.TsaClient;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * CAdES B-LTA (ETSI EN 319 122-1 §5.5.2–5.5.3): the {@code archive-time-stamp-v3} unsigned attribute. Its token
 * carries an {@code ats-hash-index-v3} (SHA-256 of every certificate and revocation entry of the SignedData and of
 * every unsigned attribute value, each with its type), and its imprint is the SHA-256 of: the eContentType, the
 * SHA-256 of the signed content, the SignerInfo's version, sid, digestAlgorithm, signedAttrs, signatureAlgorithm and
 * signature, and the hash index. Added to a B-LT signature it gives B-LTA.
 */
public final class CadesArchive {
    static final ASN1ObjectIdentifier ARCHIVE_TIMESTAMP_V3 = new ASN1ObjectIdentifier("0.4.0.1733.2.4");
    static final ASN1ObjectIdentifier ATS_HASH_INDEX_V3 = new ASN1ObjectIdentifier("0.4.0.1733.2.5");

    private CadesArchive() {}

    /** {@code sd} (B-LT) with an archive-time-stamp-v3 on every signer; {@code content} for a detached one. */
    public static CMSSignedData add(CMSSignedData sd, TsaClient tsa, Path content) {
        try {
            byte[] contentDigest = contentDigest(sd, content);
            List<SignerInformation> signers = new ArrayList<>();
            for (SignerInformation si : sd.getSignerInfos().getSigners()) {
                ASN1Sequence index = hashIndex(sd, si);
                byte[] imprint = sha256(imprintInput(sd, si, contentDigest, index));
                CMSSignedData token = new CMSSignedData(tsa.timestamp(imprint, "SHA-256"));
                SignerInformation tsaSigner =
                        token.getSignerInfos().getSigners().iterator().next();
                AttributeTable tsaUnsigned = new AttributeTable(new Attribute(ATS_HASH_INDEX_V3, new DERSet(index)));
                token = CMSSignedData.replaceSigners(
                        token,
                        new SignerInformationStore(
                                SignerInformation.replaceUnsignedAttributes(tsaSigner, tsaUnsigned)));
                AttributeTable unsigned = si.getUnsignedAttributes() == null
                        ? new AttributeTable(new ASN1EncodableVector())
                        : si.getUnsignedAttributes();
                unsigned = unsigned.add(ARCHIVE_TIMESTAMP_V3, token.toASN1Structure());
                signers.add(SignerInformation.replaceUnsignedAttributes(si, unsigned));
            }
            return CMSSignedData.replaceSigners(sd, new SignerInformationStore(signers));
        } catch (CMSException | IOException | RuntimeException e) {
            throw new EgovClientException("Cannot add the CAdES archive time-stamp: " + e.getMessage(), e);
        }
    }

    /** True when a signer's archive-time-stamp-v3 matches what it covers (the signature is then B-LTA). */
    static boolean verify(CMSSignedData sd, SignerInformation si, Path content) {
        AttributeTable unsigned = si.getUnsignedAttributes();
        if (unsigned == null || unsigned.get(ARCHIVE_TIMESTAMP_V3) == null) {
            return false;
        }
        try {
            byte[] contentDigest = contentDigest(sd, content);
            var all = unsigned.getAll(ARCHIVE_TIMESTAMP_V3);
            for (int i = 0; i < all.size(); i++) {
                Attribute a = Attribute.getInstance(all.get(i));
                TimeStampToken token = new TimeStampToken(new CMSSignedData(
                        a.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
                Attribute indexAttr = token.getUnsignedAttributes() == null
                        ? null
                        : token.getUnsignedAttributes().get(ATS_HASH_INDEX_V3);
                if (indexAttr == null) {
                    continue;
                }
                ASN1Sequence index =
                        ASN1Sequence.getInstance(indexAttr.getAttrValues().getObjectAt(0));
                byte[] imprint = sha256(imprintInput(sd, si, contentDigest, index));
                if (MessageDigest.isEqual(imprint, token.getTimeStampInfo().getMessageImprintDigest())) {
                    return true;
                }
            }
        } catch (Exception e) {
            return false;
        }
        return false;
    }

    private static byte[] imprintInput(CMSSignedData sd, SignerInformation si, byte[] contentDigest, ASN1Sequence index)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new ASN1ObjectIdentifier(sd.getSignedContentTypeOID()).getEncoded(ASN1Encoding.DER));
        out.write(contentDigest);
        SignerInfo info = si.toASN1Structure();
        out.write(info.getVersion().getEncoded(ASN1Encoding.DER));
        out.write(info.getSID().getEncoded(ASN1Encoding.DER));
        out.write(info.getDigestAlgorithm().getEncoded(ASN1Encoding.DER));
        if (info.getAuthenticatedAttributes() != null) {
            out.write(new DERTaggedObject(false, 0, info.getAuthenticatedAttributes()).getEncoded(ASN1Encoding.DER));
        }
        out.write(info.getDigestEncryptionAlgorithm().getEncoded(ASN1Encoding.DER));
        out.write(info.getEncryptedDigest().getEncoded(ASN1Encoding.DER));
        out.write(index.getEncoded(ASN1Encoding.DER));
        return out.toByteArray();
    }

    /** ATSHashIndexV3 ::= SEQUENCE { hashIndAlgorithm, certificatesHashIndex, crlsHashIndex,
     * unsignedAttrValuesHashIndex }. */
    private static ASN1Sequence hashIndex(CMSSignedData sd, SignerInformation si) throws IOException {
        SignedData signedData = SignedData.getInstance(sd.toASN1Structure().getContent());
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
        v.add(hashes(signedData.getCertificates()));
        v.add(hashes(signedData.getCRLs()));
        ASN1EncodableVector attrs = new ASN1EncodableVector();
        AttributeTable unsigned = si.getUnsignedAttributes();
        if (unsigned != null) {
            ASN1EncodableVector all = unsigned.toASN1EncodableVector();
            for (int i = 0; i < all.size(); i++) {
                Attribute a = Attribute.getInstance(all.get(i));
                for (ASN1Encodable value : a.getAttrValues()) {
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    b.write(a.getAttrType().getEncoded(ASN1Encoding.DER));
                    b.write(value.toASN1Primitive().getEncoded(ASN1Encoding.DER));
                    attrs.add(new DEROctetString(sha256(b.toByteArray())));
                }
            }
        }
        v.add(new DERSequence(attrs));
        return new DERSequence(v);
    }

    private static DERSequence hashes(ASN1Set set) throws IOException {
        ASN1EncodableVector v = new ASN1EncodableVector();
        if (set != null) {
            for (ASN1Encodable e : set) {
                v.add(new DEROctetString(sha256(e.toASN1Primitive().getEncoded(ASN1Encoding.DER))));
            }
        }
        return new DERSequence(v);
    }

    private static byte[] contentDigest(CMSSignedData sd, Path content) throws IOException {
        Object signed =
                sd.getSignedContent() == null ? null : sd.getSignedContent().getContent();
        if (signed instanceof byte[] bytes) {
            return sha256(bytes);
        }
        if (signed instanceof File file && content == null) {
            content = file.toPath(); // just signed from this file (BouncyCastle keeps it, even when detached)
        }
        if (content == null) {
            throw new EgovClientException("A detached CAdES signature needs its content for the archive time-stamp");
        }
        MessageDigest md = sha();
        try (InputStream in = Files.newInputStream(content)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                md.update(buffer, 0, n);
            }
        }
        return md.digest();
    }

    private static byte[] sha256(byte[] data) {
        return sha().digest(data);
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
