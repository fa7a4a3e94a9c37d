package io.github.egovsdk.signature.internal;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.tsa.TsaClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * XAdES B-LTA (ETSI EN 319 132-1 §5.5.2): the {@code xadesv141:ArchiveTimeStamp} unsigned property, whose imprint
 * covers, canonicalized with exclusive c14n and concatenated: the data of every {@code ds:Reference} (after its
 * transforms), {@code ds:SignedInfo}, {@code ds:SignatureValue}, {@code ds:KeyInfo}, every unsigned signature property
 * before it (time-stamps, CertificateValues, RevocationValues…) and every {@code ds:Object} but the one holding the
 * QualifyingProperties. Adding one to a B-LT signature gives B-LTA; adding another later renews it.
 */
public final class XadesArchive {
    static final String XADES141 = "http://uri.etsi.org/01903/v1.4.1#";
    private static final String C14N = Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS;

    private XadesArchive() {}

    /** Appends an archive time-stamp to {@code signature}, which must already carry its B-LT validation data. */
    public static void add(Element signature, TsaClient tsa, Path detached) {
        Element usp = XadesLongTerm.ownUnsignedSignatureProperties(signature);
        if (usp == null || XadesLongTerm.children(usp, "RevocationValues").isEmpty()) {
            throw new EgovClientException("B-LTA extends a XAdES B-LT signature: this one has no RevocationValues");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input(signature, null, detached));
            byte[] token = tsa.timestamp(digest, "SHA-256");
            Document doc = signature.getOwnerDocument();
            Element ats = doc.createElementNS(XADES141, "xadesv141:ArchiveTimeStamp");
            ats.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xadesv141", XADES141);
            ats.setAttribute("Id", "ats-" + UUID.randomUUID());
            Element method = doc.createElementNS(XadesTimestamps.DSIG, "ds:CanonicalizationMethod");
            method.setAttribute("Algorithm", C14N);
            ats.appendChild(method);
            Element encapsulated = doc.createElementNS(XadesTimestamps.XADES, "xades:EncapsulatedTimeStamp");
            encapsulated.setTextContent(Base64.getEncoder().encodeToString(token));
            ats.appendChild(encapsulated);
            usp.appendChild(ats);
        } catch (NoSuchAlgorithmException | XMLSecurityException | IOException e) {
            throw new EgovClientException("Cannot add the XAdES archive time-stamp: " + e.getMessage(), e);
        }
    }

    /**
     * True when {@code signature} carries an archive time-stamp whose imprint matches what it covers and whose TSA
     * signature verifies: the signature is then B-LTA (given its B-LT data).
     */
    static boolean verify(Element signature, Path detached) {
        Element usp = XadesLongTerm.ownUnsignedSignatureProperties(signature);
        if (usp == null) {
            return false;
        }
        for (Node c = usp.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ats
                    && XADES141.equals(ats.getNamespaceURI())
                    && "ArchiveTimeStamp".equals(ats.getLocalName())
                    && valid(signature, ats, detached)) {
                return true;
            }
        }
        return false;
    }

    /** The certificates of the archive time-stamp tokens (for the B-LTA chain of a later renewal). */
    public static Collection<X509Certificate> certificates(Element signature) {
        List<X509Certificate> out = new ArrayList<>();
        Element usp = XadesLongTerm.ownUnsignedSignatureProperties(signature);
        for (Element ats :
                usp == null ? List.<Element>of() : XadesLongTerm.children(usp, XADES141, "ArchiveTimeStamp")) {
            try {
                out.addAll(CmsChecker.certificates(new CMSSignedData(token(ats))));
            } catch (Exception e) {
                // an unreadable token adds no certificate
            }
        }
        return out;
    }

    private static boolean valid(Element signature, Element ats, Path detached) {
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(token(ats)));
            String alg = new DefaultAlgorithmNameFinder()
                    .getAlgorithmName(token.getTimeStampInfo().getMessageImprintAlgOID());
            byte[] imprint = MessageDigest.getInstance(alg).digest(input(signature, ats, detached));
            if (!MessageDigest.isEqual(imprint, token.getTimeStampInfo().getMessageImprintDigest())) {
                return false;
            }
            @SuppressWarnings("unchecked")
            var matches = token.getCertificates().getMatches((Selector<X509CertificateHolder>) token.getSID());
            if (matches.isEmpty()) {
                return false;
            }
            X509Certificate tsa = new JcaX509CertificateConverter()
                    .getCertificate(matches.iterator().next());
            return token.isSignatureValid(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
        } catch (Exception e) {
            return false;
        }
    }

    private static byte[] token(Element ats) {
        Element e = XmlChecker.firstDescendant(ats, XadesTimestamps.XADES, "EncapsulatedTimeStamp");
        return Base64.getMimeDecoder().decode(e.getTextContent().strip());
    }

    /** The imprint input for an archive time-stamp placed where {@code upTo} is (null: appended last). */
    private static byte[] input(Element signature, Element upTo, Path detached)
            throws XMLSecurityException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        registerIds(signature);
        try (DetachedResolver resolver = new DetachedResolver(detached)) {
            XMLSignature xs = new XMLSignature(signature, "", true);
            xs.addResourceResolver(resolver);
            SignedInfo si = xs.getSignedInfo();
            for (int r = 0; r < si.getLength(); r++) {
                out.write(si.item(r).getReferencedBytes());
            }
        }
        for (String name : new String[] {"SignedInfo", "SignatureValue", "KeyInfo"}) {
            Element e = directChild(signature, XadesTimestamps.DSIG, name);
            if (e != null) {
                canonicalize(e, out);
            }
        }
        Element usp = XadesLongTerm.ownUnsignedSignatureProperties(signature);
        for (Node c = usp.getFirstChild(); c != null && c != upTo; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                canonicalize(e, out);
            }
        }
        for (Node c = signature.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element o
                    && XadesTimestamps.DSIG.equals(o.getNamespaceURI())
                    && "Object".equals(o.getLocalName())
                    && directChild(o, XadesTimestamps.XADES, "QualifyingProperties") == null) {
                canonicalize(o, out);
            }
        }
        return out.toByteArray();
    }

    /** Same-document references (#id) resolve through Id attributes the parser does not know as IDs. */
    private static void registerIds(Element e) {
        if (e.hasAttribute("Id")) {
            e.setIdAttribute("Id", true);
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                registerIds(child);
            }
        }
    }

    private static void canonicalize(Element e, ByteArrayOutputStream out) throws XMLSecurityException, IOException {
        Canonicalizer.getInstance(C14N).canonicalizeSubtree(e, out);
    }

    private static Element directChild(Element parent, String ns, String name) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
