package io.github.egovsdk.signature.internal;

import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SubIndication;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;

/** Verifies the signers of a CMS SignedData (CAdES, PKCS#7, the CMS inside a PAdES signature). */
public final class CmsChecker {
    private static final JcaX509CertificateConverter CERTS = new JcaX509CertificateConverter();
    private static final DefaultAlgorithmNameFinder NAMES = new DefaultAlgorithmNameFinder();

    private CmsChecker() {}

    /**
     * One report per signer; {@code baseFormat} is "PAdES", "CAdES" or null (never an AdES), {@code legacyFormat}
     * e.g. "PKCS7" or "CMS" for a signer without a signed signing-certificate reference. BouncyCastle decodes a
     * SignedData lazily, so a malformed signer (attributes of the wrong ASN.1 type, a truncated SignerInfo) surfaces
     * here as its runtime exceptions: each becomes that signer's TOTAL_FAILED / FORMAT_FAILURE verdict, never an
     * exception (the caller already knows the container is a SignedData).
     */
    public static List<SignatureReport> check(
            CMSSignedData sd,
            String idPrefix,
            String baseFormat,
            String legacyFormat,
            ValidationContext ctx,
            List<Verdict> extraChecks) {
        List<SignatureReport> out = new ArrayList<>();
        List<X509Certificate> pool;
        EmbeddedRevocation longTerm;
        Collection<SignerInformation> signers;
        try {
            pool = certificates(sd);
            longTerm = "CAdES".equals(baseFormat) ? CadesLongTerm.read(sd) : null;
            signers = sd.getSignerInfos().getSigners();
        } catch (RuntimeException e) {
            return List.of(malformed(
                    idPrefix + 1, legacyFormat, extraChecks.isEmpty() ? new Verdict() : extraChecks.get(0), e));
        }
        ValidationContext sigCtx = longTerm == null ? ctx : ctx.withEmbedded(longTerm, longTerm.certificates());
        int i = 0;
        for (SignerInformation si : signers) {
            Verdict v = i < extraChecks.size() ? extraChecks.get(i) : new Verdict();
            i++;
            try {
                out.add(signer(sd, si, idPrefix + i, baseFormat, legacyFormat, ctx, sigCtx, pool, longTerm, v));
            } catch (RuntimeException e) {
                out.add(malformed(idPrefix + i, legacyFormat, v, e));
            }
        }
        return out;
    }

    /** The verdict on a signer whose structure cannot be decoded. */
    private static SignatureReport malformed(String id, String format, Verdict v, RuntimeException e) {
        v.fail(
                SubIndication.FORMAT_FAILURE,
                "CMS_MALFORMED",
                "The signature's CMS structure is malformed: " + e.getMessage(),
                "Cấu trúc CMS của chữ ký không hợp lệ");
        return new SignatureReport(id, format, v.indication(), v.sub(), null, null, null, true, false, v.messages());
    }

    private static SignatureReport signer(
            CMSSignedData sd,
            SignerInformation si,
            String id,
            String baseFormat,
            String legacyFormat,
            ValidationContext ctx,
            ValidationContext sigCtx,
            List<X509Certificate> pool,
            EmbeddedRevocation longTerm,
            Verdict v) {
        AttributeTable signed = si.getSignedAttributes();
        X509Certificate cert = signerCertificate(sd, si);
        // A PDF signature with an adbe.* SubFilter is PKCS7 whatever its attributes (baseFormat null).
        boolean ades = baseFormat != null && CmsProfile.isAdes(signed);
        boolean baseline = ades && CmsProfile.isBaselineB(signed, "PAdES".equals(baseFormat), cert, pool);
        Instant signingTime = signingTime(signed);
        SignatureReport.Timestamp ts = timestamp(si, v);
        String format = baseline
                ? baseFormat + "-BASELINE-" + (ts != null ? "T" : "B")
                : ades ? baseFormat + "-BES" : legacyFormat;
        CertificateChecks.digestPolicy(NAMES.getAlgorithmName(si.getDigestAlgorithmID()), ctx.policy(), v);
        SignatureReport.Signer signer = null;
        if (cert == null) {
            v.indeterminate(
                    SubIndication.NO_SIGNING_CERTIFICATE_FOUND,
                    "NO_SIGNING_CERT",
                    "The signing certificate is not in the signature",
                    "Không tìm thấy chứng thư số của người ký");
        } else {
            signer = new SignatureReport.Signer(
                    cert.getSubjectX500Principal().getName(),
                    cert.getIssuerX500Principal().getName(),
                    cert.getSerialNumber());
            crypto(si, cert, v);
            signingCertificateAttribute(signed, cert, v);
            CertificateChecks.keyPolicy(cert, ctx.policy(), v);
            if (!v.failed()) {
                Instant at = ts != null && ts.valid() ? ts.time() : ctx.clock().instant();
                CertificateChecks.chain(cert, pool, sigCtx, at, v);
                if (baseline && ts != null && longTerm != null && longTerm.covers(cert, pool, ctx)) {
                    format = baseFormat + "-BASELINE-"
                            + ("CAdES".equals(baseFormat) && CadesArchive.verify(sd, si, null) ? "LTA" : "LT");
                }
            }
        }
        return new SignatureReport(
                id, format, v.indication(), v.sub(), signer, signingTime, ts, true, false, v.messages());
    }

    private static void crypto(SignerInformation si, X509Certificate cert, Verdict v) {
        try {
            if (!si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert.getPublicKey()))) {
                v.fail(
                        SubIndication.SIG_CRYPTO_FAILURE,
                        "SIGNATURE_VALUE",
                        "The signature value does not verify with" + " the signer's public key",
                        "Giá trị chữ ký không khớp với khóa công khai của người ký");
            }
        } catch (CMSSignerDigestMismatchException e) {
            v.fail(
                    SubIndication.HASH_FAILURE,
                    "DIGEST_MISMATCH",
                    "The signed content was changed: its digest does not" + " match the signed message-digest",
                    "Nội dung đã bị thay đổi sau khi ký (giá trị băm không khớp)");
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            v.fail(
                    SubIndication.FORMAT_FAILURE,
                    "CMS_INVALID",
                    "The signature cannot be verified: " + e.getMessage(),
                    "Không kiểm tra được chữ ký: cấu trúc CMS không hợp lệ");
        }
    }

    /** CAdES/PAdES signing-certificate-v2: the certificate digest must match the signer's certificate. */
    private static void signingCertificateAttribute(AttributeTable signed, X509Certificate cert, Verdict v) {
        Attribute a = signed == null ? null : signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (a == null) {
            return;
        }
        try {
            var scv2 = SigningCertificateV2.getInstance(a.getAttrValues().getObjectAt(0));
            var id = scv2.getCerts()[0];
            String alg = NAMES.getAlgorithmName(id.getHashAlgorithm().getAlgorithm());
            byte[] digest = MessageDigest.getInstance(alg).digest(cert.getEncoded());
            if (!MessageDigest.isEqual(digest, id.getCertHash())) {
                v.indeterminate(
                        SubIndication.NO_SIGNING_CERTIFICATE_FOUND,
                        "SIGNING_CERT_DIGEST",
                        "The signing" + "-certificate attribute does not match the certificate",
                        "Thuộc tính chứng thư ký không khớp");
            }
        } catch (Exception e) {
            v.warn(
                    "SIGNING_CERT_ATTR",
                    "Unreadable signing-certificate attribute",
                    "Không đọc được thuộc tính chứng thư ký");
        }
    }

    private static SignatureReport.Timestamp timestamp(SignerInformation si, Verdict v) {
        AttributeTable unsigned = si.getUnsignedAttributes();
        Attribute a = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (a == null) {
            return null;
        }
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(
                    a.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            Instant time = token.getTimeStampInfo().getGenTime().toInstant();
            String alg = NAMES.getAlgorithmName(token.getTimeStampInfo().getMessageImprintAlgOID());
            byte[] imprint = MessageDigest.getInstance(alg).digest(si.getSignature());
            boolean valid =
                    MessageDigest.isEqual(imprint, token.getTimeStampInfo().getMessageImprintDigest());
            if (valid) {
                X509Certificate tsa = signerCertificate(token);
                valid = tsa != null && token.isSignatureValid(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            }
            if (!valid) {
                v.indeterminate(
                        SubIndication.FORMAT_FAILURE,
                        "TIMESTAMP_INVALID",
                        "The signature time-stamp does not" + " match this signature",
                        "Dấu thời gian không khớp với chữ ký");
            }
            return new SignatureReport.Timestamp(time, valid);
        } catch (IOException
                | CMSException
                | TSPException
                | OperatorCreationException
                | CertificateException
                | NoSuchAlgorithmException
                | RuntimeException e) {
            v.indeterminate(
                    SubIndication.FORMAT_FAILURE,
                    "TIMESTAMP_UNREADABLE",
                    "The time-stamp token cannot be read",
                    "Không đọc được dấu thời gian");
            return new SignatureReport.Timestamp(null, false);
        }
    }

    @SuppressWarnings("unchecked")
    private static X509Certificate signerCertificate(TimeStampToken token) throws CertificateException {
        Collection<X509CertificateHolder> m = token.getCertificates().getMatches((Selector) token.getSID());
        return m.isEmpty() ? null : CERTS.getCertificate(m.iterator().next());
    }

    @SuppressWarnings("unchecked")
    private static X509Certificate signerCertificate(CMSSignedData sd, SignerInformation si) {
        try {
            Collection<X509CertificateHolder> m = sd.getCertificates().getMatches((Selector) si.getSID());
            return m.isEmpty() ? null : CERTS.getCertificate(m.iterator().next());
        } catch (CertificateException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    public static List<X509Certificate> certificates(CMSSignedData sd) {
        List<X509Certificate> out = new ArrayList<>();
        for (Object o : sd.getCertificates().getMatches(null)) {
            try {
                out.add(CERTS.getCertificate((X509CertificateHolder) o));
            } catch (CertificateException ignored) {
                // an unreadable extra certificate cannot help the chain
            }
        }
        return out;
    }

    static Instant signingTime(AttributeTable signed) {
        Attribute a = signed == null ? null : signed.get(CMSAttributes.signingTime);
        if (a == null) {
            return null;
        }
        try {
            return Time.getInstance(a.getAttrValues().getObjectAt(0)).getDate().toInstant();
        } catch (RuntimeException e) {
            return a.getAttrValues().getObjectAt(0) instanceof ASN1UTCTime ? null : null;
        }
    }
}
