package io.github.egovsdk.signature.internal;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.tsa.TsaClient;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SubIndication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.UUID;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * XAdES SignatureTimeStamp (ETSI EN 319 132-1 5.3): an RFC 3161 token over the canonicalised {@code ds:SignatureValue}
 * element, in {@code UnsignedSignatureProperties}. Creation uses exclusive C14N; verification honours the
 * CanonicalizationMethod given (inclusive C14N when absent, as the standard says).
 */
public final class XadesTimestamps {
    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";

    private XadesTimestamps() {}

    /** Time-stamps the SignatureValue of {@code signature} (a ds:Signature with XAdES QualifyingProperties). */
    public static void add(Element signature, TsaClient tsa) {
        try {
            Element value = XmlChecker.firstDescendant(signature, DSIG, "SignatureValue");
            Element qp = XmlChecker.firstDescendant(signature, XADES, "QualifyingProperties");
            byte[] c14n = canonical(value, Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            byte[] token = tsa.timestamp(MessageDigest.getInstance("SHA-256").digest(c14n), "SHA-256");
            Document doc = signature.getOwnerDocument();
            Element usp = xades(doc, xades(doc, qp, "UnsignedProperties"), "UnsignedSignatureProperties");
            Element ts = xades(doc, usp, "SignatureTimeStamp");
            ts.setAttribute("Id", "ts-" + UUID.randomUUID());
            Element method = doc.createElementNS(DSIG, "ds:CanonicalizationMethod");
            method.setAttribute("Algorithm", Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            ts.appendChild(method);
            xades(doc, ts, "EncapsulatedTimeStamp")
                    .setTextContent(Base64.getEncoder().encodeToString(token));
        } catch (NoSuchAlgorithmException | XMLSecurityException | IOException e) {
            throw new EgovClientException("Cannot time-stamp the XAdES signature: " + e.getMessage(), e);
        }
    }

    /** The signature's time-stamp, checked (imprint and TSA signature), or null when it has none. */
    static SignatureReport.Timestamp verify(Element signature, Verdict v) {
        Element ts = XmlChecker.firstDescendant(signature, XADES, "SignatureTimeStamp");
        if (ts == null) {
            return null;
        }
        try {
            Element encapsulated = XmlChecker.firstDescendant(ts, XADES, "EncapsulatedTimeStamp");
            Element method = XmlChecker.firstDescendant(ts, DSIG, "CanonicalizationMethod");
            Element value = XmlChecker.firstDescendant(signature, DSIG, "SignatureValue");
            TimeStampToken token = new TimeStampToken(new CMSSignedData(
                    Base64.getMimeDecoder().decode(encapsulated.getTextContent().strip())));
            Instant time = token.getTimeStampInfo().getGenTime().toInstant();
            String c14nAlg =
                    method == null ? Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS : method.getAttribute("Algorithm");
            String alg = new DefaultAlgorithmNameFinder()
                    .getAlgorithmName(token.getTimeStampInfo().getMessageImprintAlgOID());
            byte[] imprint = MessageDigest.getInstance(alg).digest(canonical(value, c14nAlg));
            boolean valid =
                    MessageDigest.isEqual(imprint, token.getTimeStampInfo().getMessageImprintDigest());
            X509Certificate tsa = valid ? tsaCertificate(token) : null;
            valid = tsa != null && token.isSignatureValid(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            if (!valid) {
                v.indeterminate(
                        SubIndication.FORMAT_FAILURE,
                        "TIMESTAMP_INVALID",
                        "The signature time-stamp does not" + " match this signature",
                        "Dấu thời gian không khớp với chữ ký");
            }
            return new SignatureReport.Timestamp(time, valid);
        } catch (Exception e) {
            v.indeterminate(
                    SubIndication.FORMAT_FAILURE,
                    "TIMESTAMP_UNREADABLE",
                    "The time-stamp token cannot be read",
                    "Không đọc được dấu thời gian");
            return new SignatureReport.Timestamp(null, false);
        }
    }

    private static byte[] canonical(Element e, String algorithm) throws XMLSecurityException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Canonicalizer.getInstance(algorithm).canonicalizeSubtree(e, out);
        return out.toByteArray();
    }

    private static Element xades(Document doc, Element parent, String name) {
        Element e = doc.createElementNS(XADES, "xades:" + name);
        parent.appendChild(e);
        return e;
    }

    @SuppressWarnings("unchecked")
    private static X509Certificate tsaCertificate(TimeStampToken token) throws CertificateException {
        Collection<X509CertificateHolder> m = token.getCertificates().getMatches((Selector) token.getSID());
        return m.isEmpty()
                ? null
                : new JcaX509CertificateConverter().getCertificate(m.iterator().next());
    }
}
