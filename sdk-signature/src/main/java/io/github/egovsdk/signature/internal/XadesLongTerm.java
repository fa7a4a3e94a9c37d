package io.github.egovsdk.signature.internal;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.revocation.RevocationData;
import io.github.egovsdk.signature.revocation.RevocationSource;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.cms.CMSSignedData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * XAdES B-LT validation data (ETSI EN 319 132-1 5.5): {@code xades:CertificateValues} (certificates of the signing
 * and time-stamp chains not already in KeyInfo) and {@code xades:RevocationValues} ({@code CRLValues} /
 * {@code OCSPValues} holding DER CRLs and OCSPResponses), placed in this signature's own
 * {@code UnsignedSignatureProperties} after its {@code SignatureTimeStamp}; and reading them back for validation.
 */
public final class XadesLongTerm {
    private static final String DSIG = XadesTimestamps.DSIG;
    private static final String XADES = XadesTimestamps.XADES;

    private XadesLongTerm() {}

    /**
     * Adds (or replaces) the validation data of a XAdES B-T {@code signature}: every certificate of the signing and
     * time-stamp chains must be GOOD according to {@code source}, else
     * {@link io.github.egovsdk.signature.LongTermValidationDataException}.
     */
    public static void add(Element signature, RevocationSource source, Collection<X509Certificate> extra) {
        Element usp = ownUnsignedSignatureProperties(signature);
        if (usp == null || children(usp, "SignatureTimeStamp").isEmpty()) {
            throw new EgovClientException("B-LT extends a XAdES B-T signature: this one has no SignatureTimeStamp");
        }
        List<X509Certificate> keyInfo = keyInfoCertificates(signature);
        if (keyInfo.isEmpty()) {
            throw new EgovClientException("The signature has no certificate in KeyInfo: cannot extend it to B-LT");
        }
        Set<X509Certificate> pool = new LinkedHashSet<>(keyInfo);
        pool.addAll(extra);
        for (Element ts : children(usp, "SignatureTimeStamp")) {
            Element token = XmlChecker.firstDescendant(ts, XADES, "EncapsulatedTimeStamp");
            try {
                pool.addAll(CmsChecker.certificates(new CMSSignedData(decode(token))));
            } catch (Exception e) {
                throw new EgovClientException("Unreadable signature time-stamp: cannot extend to B-LT", e);
            }
        }
        LtvCollector.Collected data =
                LtvCollector.collect(pool, List.of(signingCertificate(signature, keyInfo)), source);
        for (String name : List.of("CertificateValues", "RevocationValues")) {
            children(usp, name).forEach(usp::removeChild);
        }
        Document doc = usp.getOwnerDocument();
        List<X509Certificate> missing =
                data.certificates().stream().filter(c -> !keyInfo.contains(c)).toList();
        if (!missing.isEmpty()) {
            Element values = xades(doc, usp, "CertificateValues");
            for (X509Certificate c : missing) {
                try {
                    xades(doc, values, "EncapsulatedX509Certificate")
                            .setTextContent(Base64.getEncoder().encodeToString(c.getEncoded()));
                } catch (CertificateEncodingException e) {
                    throw new EgovClientException("Cannot encode " + c.getSubjectX500Principal(), e);
                }
            }
        }
        Element revocation = xades(doc, usp, "RevocationValues");
        appendValues(doc, revocation, data.revocation(), RevocationData.Type.CRL, "CRLValues", "EncapsulatedCRLValue");
        appendValues(
                doc, revocation, data.revocation(), RevocationData.Type.OCSP, "OCSPValues", "EncapsulatedOCSPValue");
    }

    /** The validation data of {@code signature}, or null when it carries none. */
    static EmbeddedRevocation read(Element signature) {
        Element usp = ownUnsignedSignatureProperties(signature);
        if (usp == null) {
            return null;
        }
        List<X509Certificate> certs = new ArrayList<>();
        List<byte[]> ocsps = new ArrayList<>();
        List<byte[]> crls = new ArrayList<>();
        boolean present = false;
        for (Element values : children(usp, "CertificateValues")) {
            present = true;
            for (Element e : children(values, "EncapsulatedX509Certificate")) {
                try {
                    certs.add((X509Certificate) CertificateFactory.getInstance("X.509")
                            .generateCertificate(new ByteArrayInputStream(decode(e))));
                } catch (Exception ignored) {
                    // an unreadable certificate cannot help
                }
            }
        }
        for (Element values : children(usp, "RevocationValues")) {
            present = true;
            for (Element list : children(values, "CRLValues")) {
                children(list, "EncapsulatedCRLValue").forEach(e -> decodeInto(e, crls, false));
            }
            for (Element list : children(values, "OCSPValues")) {
                children(list, "EncapsulatedOCSPValue").forEach(e -> decodeInto(e, ocsps, true));
            }
        }
        return present ? new EmbeddedRevocation(certs, ocsps, crls) : null;
    }

    private static void decodeInto(Element e, List<byte[]> out, boolean ocsp) {
        try {
            out.add(ocsp ? OcspEvidence.asResponse(decode(e)) : decode(e));
        } catch (RuntimeException ignored) {
            // unreadable evidence cannot help
        }
    }

    private static void appendValues(
            Document doc,
            Element parent,
            List<RevocationData> data,
            RevocationData.Type type,
            String listName,
            String valueName) {
        List<RevocationData> selected =
                data.stream().filter(d -> d.type() == type).toList();
        if (selected.isEmpty()) {
            return;
        }
        Element list = xades(doc, parent, listName);
        for (RevocationData d : selected) {
            xades(doc, list, valueName).setTextContent(Base64.getEncoder().encodeToString(d.encoded()));
        }
    }

    /** The certificate whose digest the SignedProperties name, else the first KeyInfo certificate. */
    private static X509Certificate signingCertificate(Element signature, List<X509Certificate> keyInfo) {
        Element value = null;
        Element certDigest = XmlChecker.firstDescendant(signature, XADES, "CertDigest");
        if (certDigest != null) {
            value = XmlChecker.firstDescendant(certDigest, DSIG, "DigestValue");
        }
        if (value != null) {
            try {
                byte[] expected = decode(value);
                for (X509Certificate c : keyInfo) {
                    if (MessageDigest.isEqual(
                            expected, MessageDigest.getInstance("SHA-256").digest(c.getEncoded()))) {
                        return c;
                    }
                }
            } catch (Exception ignored) {
                // fall back to the first certificate
            }
        }
        return keyInfo.get(0);
    }

    private static List<X509Certificate> keyInfoCertificates(Element signature) {
        List<X509Certificate> out = new ArrayList<>();
        for (Element keyInfo : children(signature, DSIG, "KeyInfo")) {
            var nodes = keyInfo.getElementsByTagNameNS(DSIG, "X509Certificate");
            for (int i = 0; i < nodes.getLength(); i++) {
                try {
                    out.add((X509Certificate) CertificateFactory.getInstance("X.509")
                            .generateCertificate(new ByteArrayInputStream(decode((Element) nodes.item(i)))));
                } catch (Exception ignored) {
                    // an unreadable certificate cannot help
                }
            }
        }
        return out;
    }

    /** ds:Object / QualifyingProperties / UnsignedProperties / UnsignedSignatureProperties of this very signature. */
    static Element ownUnsignedSignatureProperties(Element signature) {
        for (Element object : children(signature, DSIG, "Object")) {
            for (Element qp : children(object, "QualifyingProperties")) {
                for (Element up : children(qp, "UnsignedProperties")) {
                    List<Element> usp = children(up, "UnsignedSignatureProperties");
                    if (!usp.isEmpty()) {
                        return usp.get(0);
                    }
                }
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String xadesName) {
        return children(parent, XADES, xadesName);
    }

    static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static byte[] decode(Element e) {
        return Base64.getMimeDecoder().decode(e.getTextContent().strip());
    }

    private static Element xades(Document doc, Element parent, String name) {
        Element e = doc.createElementNS(XADES, "xades:" + name);
        parent.appendChild(e);
        return e;
    }
}
