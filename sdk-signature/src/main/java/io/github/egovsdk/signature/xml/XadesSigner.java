package io.github.egovsdk.signature.xml;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.xml.SecureXml;
import io.github.egovsdk.signature.SignatureAlgorithm;
import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.internal.LevelRules;
import io.github.egovsdk.signature.internal.DetachedResolver;
import io.github.egovsdk.signature.internal.XadesTimestamps;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.revocation.RevocationSource;
import io.github.egovsdk.signature.tsa.TsaClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import javax.xml.transform.Transformer;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.ObjectContainer;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.utils.Constants;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * XAdES-BASELINE-B, -T and -LT signatures with Santuario (exclusive C14N, SHA-256), enveloped, enveloping or detached:
 * SignedProperties with signing time and SigningCertificateV2, the certificate chain in KeyInfo; with a TSA, a
 * SignatureTimeStamp over the exclusive-C14N SignatureValue; at B-LT, then CertificateValues and RevocationValues from
 * the revocation source ({@link XadesExtender}). The private-key operation goes through the {@link SigningKey}, so
 * tokens and remote keys work too. The DTD-free parse and atomic write follow the SDK rules. Immutable and thread-safe.
 */
public final class XadesSigner {
    static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";
    private static final String SHA256 = org.apache.xml.security.algorithms.MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256;
    private final SigningKey key;
    private final TsaClient tsa;
    private final Clock clock;
    private final SignatureLevel level;
    private final XadesExtender extender;

    static {
        org.apache.xml.security.Init.init();
    }

    private XadesSigner(SigningKey key, TsaClient tsa, Clock clock) {
        this(key, tsa, clock, null, null);
    }

    private XadesSigner(SigningKey key, TsaClient tsa, Clock clock, SignatureLevel level, RevocationSource revocation) {
        this.key = Objects.requireNonNull(key, "key");
        this.tsa = tsa;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.level = LevelRules.resolve("XAdES", level, tsa, revocation, true);
        this.extender = LevelRules.isLongTerm(this.level) ? XadesExtender.builder().revocation(revocation)
                .tsa(tsa).certificates(key.chain()).build() : null;
    }

    /** A builder, for B-LT (level and revocation source) or to set everything by name. */
    public static Builder builder() {
        return new Builder();
    }

    public static XadesSigner of(SigningKey key) {
        return new XadesSigner(key, null, Clock.systemUTC());
    }

    public static XadesSigner of(SigningKey key, Clock clock) {
        return new XadesSigner(key, null, clock);
    }

    /** With a TSA the signatures are XAdES-BASELINE-T (SignatureTimeStamp over the SignatureValue); without, B-B. */
    public static XadesSigner of(SigningKey key, TsaClient tsa, Clock clock) {
        return new XadesSigner(key, tsa, clock);
    }

    public SignatureLevel level() {
        return level;
    }

    /** Signs the whole document, enveloped: the signature becomes the last child of the root element. */
    public void signEnveloped(Path input, Path output) {
        try {
            Document doc = parse(input);
            XMLSignature sig = newSignature(doc);
            doc.getDocumentElement().appendChild(sig.getElement());
            Transforms transforms = new Transforms(doc);
            transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            sig.addDocument("", transforms, SHA256, dataReferenceId(sig), null);
            finish(doc, sig, output, "text/xml");
        } catch (XMLSecurityException | IOException | java.security.cert.CertificateEncodingException
                | java.security.NoSuchAlgorithmException e) {
            throw new EgovClientException("Cannot sign " + input + " (XAdES): " + e.getMessage(), e);
        }
    }

    /**
     * Signs an XML document, enveloping: the output's root is the {@code ds:Signature}, and the document's root element
     * is inside its {@code ds:Object}, referenced by Id.
     */
    public void signEnveloping(Path input, Path output) {
        try {
            Document content = parse(input);
            Document doc = SecureXml.newDocumentBuilder().newDocument();
            XMLSignature sig = newSignature(doc);
            doc.appendChild(sig.getElement());
            ObjectContainer object = new ObjectContainer(doc);
            String objectId = "obj-" + UUID.randomUUID();
            object.setId(objectId);
            object.appendChild(doc.importNode(content.getDocumentElement(), true));
            sig.appendObject(object);
            object.getElement().setIdAttribute("Id", true);
            Transforms transforms = new Transforms(doc);
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            sig.addDocument("#" + objectId, transforms, SHA256, dataReferenceId(sig), null);
            finish(doc, sig, output, "text/xml");
        } catch (XMLSecurityException | IOException | java.security.cert.CertificateEncodingException
                | java.security.NoSuchAlgorithmException e) {
            throw new EgovClientException("Cannot sign " + input + " (XAdES enveloping): " + e.getMessage(), e);
        }
    }

    /**
     * Signs a file of any type, detached: the output's root is the {@code ds:Signature}, whose Reference points to the
     * content by its file name (a URI relative to the signature, so keep both in the same folder) with the SHA-256 of
     * its bytes. The content is streamed, never held in memory. Verify with the content given as detached data.
     */
    public void signDetached(Path content, Path output) {
        try (DetachedResolver resolver = new DetachedResolver(content)) {
            Document doc = SecureXml.newDocumentBuilder().newDocument();
            XMLSignature sig = newSignature(doc);
            doc.appendChild(sig.getElement());
            sig.addResourceResolver(resolver);
            sig.addDocument(detachedUri(content), null, SHA256, dataReferenceId(sig), null);
            String mime = Files.probeContentType(content);
            finish(doc, sig, output, mime != null ? mime : "application/octet-stream", content);
        } catch (XMLSecurityException | IOException | java.security.cert.CertificateEncodingException
                | java.security.NoSuchAlgorithmException e) {
            throw new EgovClientException("Cannot sign " + content + " (XAdES detached): " + e.getMessage(), e);
        }
    }

    /** The file name as a relative URI reference: percent-encoded, "./" first when it holds a colon. */
    static String detachedUri(Path content) {
        String name = content.getFileName().toString();
        try {
            String uri = new java.net.URI(null, null, name, null).toASCIIString();
            return uri.contains(":") ? "./" + uri : uri;
        } catch (java.net.URISyntaxException e) {
            throw new EgovClientException("Cannot reference " + name + " by URI: " + e.getMessage(), e);
        }
    }

    private static Document parse(Path input) throws IOException {
        try (InputStream in = Files.newInputStream(input)) {
            return SecureXml.parse(in);
        }
    }

    private XMLSignature newSignature(Document doc) throws XMLSecurityException {
        String sigAlg = XmlSignatureValues.algorithmUri(key.defaultAlgorithm());
        XMLSignature sig = new XMLSignature(doc, "", sigAlg, Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
        sig.setId("id-" + UUID.randomUUID());
        return sig;
    }

    /** Adds the signed properties and KeyInfo, signs, time-stamps (B-T) and writes atomically. */
    /** The Id of the signed data's Reference, which the DataObjectFormat property points to. */
    private static String dataReferenceId(XMLSignature sig) {
        return "r-" + sig.getId();
    }

    private void finish(Document doc, XMLSignature sig, Path output, String mimeType) throws XMLSecurityException,
            IOException, java.security.cert.CertificateEncodingException, java.security.NoSuchAlgorithmException {
        finish(doc, sig, output, mimeType, null);
    }

    private void finish(Document doc, XMLSignature sig, Path output, String mimeType, Path detached)
            throws XMLSecurityException, IOException,
            java.security.cert.CertificateEncodingException, java.security.NoSuchAlgorithmException {
        SignatureAlgorithm algorithm = key.defaultAlgorithm();
        Element signedProps = qualifyingProperties(doc, sig, sig.getId(), mimeType);
        Transforms propsTransforms = new Transforms(doc);
        propsTransforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
        sig.addDocument("#" + signedProps.getAttribute("Id"), propsTransforms, SHA256, null,
                "http://uri.etsi.org/01903#SignedProperties");
        for (X509Certificate c : key.chain()) {
            sig.addKeyInfo(c);
        }
        XmlSignatureValues.sign(sig, key, algorithm);
        if (tsa != null) {
            XadesTimestamps.add(sig.getElement(), tsa);
        }
        if (extender != null) {
            extender.extend(sig.getElement(), level, detached);
        }
        write(doc, output);
    }

    private Element qualifyingProperties(Document doc, XMLSignature sig, String id, String mimeType) throws XMLSecurityException,
            java.security.cert.CertificateEncodingException, java.security.NoSuchAlgorithmException, IOException {
        X509Certificate cert = key.certificate();
        Element qp = doc.createElementNS(XADES, "xades:QualifyingProperties");
        qp.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xades", XADES);
        qp.setAttribute("Target", "#" + id);
        Element sp = child(doc, qp, "SignedProperties");
        sp.setAttribute("Id", "xades-" + id);
        sp.setIdAttribute("Id", true);
        Element ssp = child(doc, sp, "SignedSignatureProperties");
        child(doc, ssp, "SigningTime").setTextContent(Instant.ofEpochMilli(clock.millis())
                .truncatedTo(ChronoUnit.SECONDS).toString());
        Element certEl = child(doc, child(doc, ssp, "SigningCertificateV2"), "Cert");
        Element digest = child(doc, certEl, "CertDigest");
        Element dm = doc.createElementNS(Constants.SignatureSpecNS, "ds:DigestMethod");
        dm.setAttribute("Algorithm", org.apache.xml.security.algorithms.MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256);
        digest.appendChild(dm);
        Element dv = doc.createElementNS(Constants.SignatureSpecNS, "ds:DigestValue");
        dv.setTextContent(Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(cert.getEncoded())));
        digest.appendChild(dv);
        IssuerSerial is = new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(
                cert.getIssuerX500Principal().getEncoded()))), cert.getSerialNumber());
        child(doc, certEl, "IssuerSerialV2").setTextContent(Base64.getEncoder().encodeToString(is.getEncoded()));
        // EN 319 132-1 baseline: a DataObjectFormat with the MIME type of the signed data object
        Element format = child(doc, child(doc, sp, "SignedDataObjectProperties"), "DataObjectFormat");
        format.setAttribute("ObjectReference", "#" + dataReferenceId(sig));
        child(doc, format, "MimeType").setTextContent(mimeType);
        ObjectContainer object = new ObjectContainer(doc);
        object.appendChild(qp);
        sig.appendObject(object);
        return sp;
    }

    private static Element child(Document doc, Element parent, String name) {
        Element e = doc.createElementNS(XADES, "xades:" + name);
        parent.appendChild(e);
        return e;
    }

    private static void write(Document doc, Path output) throws IOException {
        Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), "." + output.getFileName(), ".part");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            Transformer t = SecureXml.newTransformerFactory().newTransformer();
            t.transform(new DOMSource(doc), new StreamResult(out));
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException(e.getMessage(), e);
        }
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Builder of {@link XadesSigner}. */
    public static final class Builder {
        private SigningKey key;
        private TsaClient tsa;
        private Clock clock = Clock.systemUTC();
        private SignatureLevel level;
        private RevocationSource revocation;

        private Builder() {
        }

        public Builder key(SigningKey key) {
            this.key = key;
            return this;
        }

        /** The TSA of the signature time-stamp (B-T and B-LT). */
        public Builder tsa(TsaClient tsa) {
            this.tsa = tsa;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** B-B, B-T or B-LT; by default B-T with a TSA, else B-B. B-LT also needs a {@link #revocation} source. */
        public Builder level(SignatureLevel level) {
            this.level = level;
            return this;
        }

        /** Where B-LT revocation data comes from, e.g. {@code CompositeRevocationSource.ocspThenCrl()}. */
        public Builder revocation(RevocationSource revocation) {
            this.revocation = revocation;
            return this;
        }

        public XadesSigner build() {
            return new XadesSigner(key, tsa, clock, level, revocation);
        }
    }
}
