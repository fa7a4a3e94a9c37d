package io.github.egovsdk.signature.xml;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.xml.SecureXml;
import io.github.egovsdk.signature.SignatureAlgorithm;
import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.internal.DetachedResolver;
import io.github.egovsdk.signature.internal.LevelRules;
import io.github.egovsdk.signature.internal.XadesTimestamps;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.sign.DocumentSigner;
import io.github.egovsdk.signature.sign.Packaging;
import io.github.egovsdk.signature.sign.PreparedSignature;
import io.github.egovsdk.signature.sign.SignOptions;
import io.github.egovsdk.signature.sign.SignerBuilder;
import io.github.egovsdk.signature.sign.SignerSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.xml.security.Init;
import org.apache.xml.security.algorithms.MessageDigestAlgorithm;
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
 * XAdES-BASELINE-B, -T, -LT and -LTA signatures with Santuario (exclusive C14N, SHA-256 references), enveloped,
 * enveloping or detached ({@link SignOptions}): SignedProperties with signing time and SigningCertificateV2, the
 * certificate chain in KeyInfo; with a TSA, a SignatureTimeStamp over the exclusive-C14N SignatureValue; at B-LT, then
 * CertificateValues and RevocationValues from the revocation source ({@link XadesExtender}). The signature algorithm
 * is the builder's (RSA PKCS#1 v1.5, RSASSA-PSS, ECDSA). The private-key operation goes through the
 * {@link SigningKey}, so tokens and remote keys work too; in two phases the key signs the canonical SignedInfo
 * ({@link PreparedSignature#dataToSign()}). The DTD-free parse and atomic write follow the SDK rules. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * XadesSigner signer = XadesSigner.builder().key(key).tsa(tsa).build();
 * signer.sign(Path.of("to-khai.xml"), Path.of("to-khai-signed.xml"), SignOptions.enveloped());
 * signer.sign(Path.of("bao-cao.pdf"), Path.of("bao-cao.pdf.xml"), SignOptions.detached()); // same folder
 * }</pre>
 *
 * <p>Enveloped: the signature becomes the last child of the root element. Enveloping: the output's root is the
 * {@code ds:Signature} and the document's root element is inside its {@code ds:Object}, referenced by Id. Detached: a
 * file of any type, the Reference points to it by its file name (a URI relative to the signature, so keep both in the
 * same folder) with the SHA-256 of its bytes, streamed; verify with the content given as detached data.
 */
public final class XadesSigner implements DocumentSigner<SignOptions> {
    static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";
    static final String FORMAT = "XAdES";
    private static final String SHA256 = MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256;
    private final SignerSettings settings;

    static {
        Init.init();
    }

    private XadesSigner(Builder b) {
        this.settings = b.settings();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SignatureLevel level() {
        return settings.level();
    }

    @Override
    public void sign(Path input, Path output, SignOptions options) {
        SigningKey key = settings.key();
        Draft d = Draft.fresh(input, options.packaging(), settings.clock());
        try (Built b = build(input, d, key.chain(), settings.algorithm())) {
            XmlSignatureValues.sign(b.sig, key, settings.algorithm());
            finish(b, input, output, key.chain());
        } catch (XMLSecurityException | IOException | CertificateEncodingException | NoSuchAlgorithmException e) {
            throw failure(input, d.packaging(), e);
        }
    }

    @Override
    public PreparedSignature prepare(Path input, SignOptions options) {
        Draft d = Draft.fresh(input, options.packaging(), settings.clock());
        try (Built b = build(input, d, settings.chain(), settings.algorithm())) {
            return PreparedSignature.of(
                    FORMAT,
                    d.packaging(),
                    settings.algorithm(),
                    d.signingTime(),
                    settings.chain(),
                    XmlSignatureValues.dataToSign(b.sig),
                    d.properties());
        } catch (XMLSecurityException | IOException | CertificateEncodingException | NoSuchAlgorithmException e) {
            throw failure(input, d.packaging(), e);
        }
    }

    @Override
    public void complete(Path input, PreparedSignature prepared, byte[] signatureValue, Path output) {
        prepared.requireFormat(FORMAT);
        byte[] value = prepared.checkedValue(signatureValue);
        Draft d = Draft.of(prepared);
        try (Built b = build(input, d, prepared.chain(), prepared.algorithm())) {
            if (!MessageDigest.isEqual(XmlSignatureValues.dataToSign(b.sig), prepared.dataToSign())) {
                throw new EgovClientException("The document changed between prepare and complete / Văn bản đã thay"
                        + " đổi giữa hai bước ký: " + input.getFileName());
            }
            XmlSignatureValues.apply(b.sig, value, prepared.algorithm());
            finish(b, input, output, prepared.chain());
        } catch (XMLSecurityException | IOException | CertificateEncodingException | NoSuchAlgorithmException e) {
            throw failure(input, d.packaging(), e);
        }
    }

    /**
     * Extends every XAdES signature of {@code input} to B-LT or B-LTA. For a detached signature raised to B-LTA, whose
     * archive time-stamp covers the content, use {@link XadesExtender#extend(Path, Path, SignatureLevel, Path)}.
     */
    @Override
    public void extend(Path input, Path output, SignatureLevel level) {
        extender(settings.chainOrEmpty()).extend(input, output, level, null);
    }

    private XadesExtender extender(List<X509Certificate> chain) {
        return XadesExtender.builder()
                .revocation(settings.revocation()
                        .orElseThrow(() -> new EgovClientException("Extending needs a revocation source (OCSP / CRL)")))
                .tsa(settings.tsa().orElse(null))
                .certificates(chain)
                .build();
    }

    private static EgovClientException failure(Path input, Packaging packaging, Exception e) {
        return new EgovClientException(
                "Cannot sign " + input + " (XAdES " + packaging.name().toLowerCase(Locale.ROOT) + "): "
                        + e.getMessage(),
                e);
    }

    /** The signature over {@code input} with every signed property of {@code d}, SignatureValue still empty. */
    private Built build(Path input, Draft d, List<X509Certificate> chain, SignatureAlgorithm algorithm)
            throws XMLSecurityException, IOException, CertificateEncodingException, NoSuchAlgorithmException {
        Document doc;
        XMLSignature sig;
        DetachedResolver resolver = null;
        switch (d.packaging()) {
            case ENVELOPED -> {
                doc = parse(input);
                sig = newSignature(doc, d, algorithm);
                doc.getDocumentElement().appendChild(sig.getElement());
                Transforms transforms = new Transforms(doc);
                transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
                transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
                sig.addDocument("", transforms, SHA256, dataReferenceId(sig), null);
            }
            case ENVELOPING -> {
                Document content = parse(input);
                doc = SecureXml.newDocumentBuilder().newDocument();
                sig = newSignature(doc, d, algorithm);
                doc.appendChild(sig.getElement());
                ObjectContainer object = new ObjectContainer(doc);
                object.setId(d.objectId());
                object.appendChild(doc.importNode(content.getDocumentElement(), true));
                sig.appendObject(object);
                object.getElement().setIdAttribute("Id", true);
                Transforms transforms = new Transforms(doc);
                transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
                sig.addDocument("#" + d.objectId(), transforms, SHA256, dataReferenceId(sig), null);
            }
            default -> {
                resolver = new DetachedResolver(input);
                doc = SecureXml.newDocumentBuilder().newDocument();
                sig = newSignature(doc, d, algorithm);
                doc.appendChild(sig.getElement());
                sig.addResourceResolver(resolver);
                sig.addDocument(detachedUri(input), null, SHA256, dataReferenceId(sig), null);
            }
        }
        Element signedProps = qualifyingProperties(doc, sig, d, chain.get(0));
        Transforms propsTransforms = new Transforms(doc);
        propsTransforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
        sig.addDocument(
                "#" + signedProps.getAttribute("Id"),
                propsTransforms,
                SHA256,
                null,
                "http://uri.etsi.org/01903#SignedProperties");
        for (X509Certificate c : chain) {
            sig.addKeyInfo(c);
        }
        return new Built(doc, sig, resolver, d.packaging() == Packaging.DETACHED ? input : null);
    }

    /** Time-stamps (B-T), extends (B-LT / B-LTA) and writes atomically. */
    private void finish(Built b, Path input, Path output, List<X509Certificate> chain) throws IOException {
        if (settings.tsa().isPresent()) {
            XadesTimestamps.add(b.sig.getElement(), settings.tsa().get());
        }
        if (LevelRules.isLongTerm(settings.level())) {
            extender(chain).extend(b.sig.getElement(), settings.level(), b.detached);
        }
        write(b.doc, output);
    }

    /** The file name as a relative URI reference: percent-encoded, "./" first when it holds a colon. */
    static String detachedUri(Path content) {
        String name = content.getFileName().toString();
        try {
            String uri = new URI(null, null, name, null).toASCIIString();
            return uri.contains(":") ? "./" + uri : uri;
        } catch (URISyntaxException e) {
            throw new EgovClientException("Cannot reference " + name + " by URI: " + e.getMessage(), e);
        }
    }

    private static Document parse(Path input) throws IOException {
        try (InputStream in = Files.newInputStream(input)) {
            return SecureXml.parse(in);
        }
    }

    private static XMLSignature newSignature(Document doc, Draft d, SignatureAlgorithm algorithm)
            throws XMLSecurityException {
        XMLSignature sig = new XMLSignature(
                doc, "", XmlSignatureValues.algorithmUri(algorithm), Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
        sig.setId(d.signatureId());
        return sig;
    }

    /** The Id of the signed data's Reference, which the DataObjectFormat property points to. */
    private static String dataReferenceId(XMLSignature sig) {
        return "r-" + sig.getId();
    }

    private static Element qualifyingProperties(Document doc, XMLSignature sig, Draft d, X509Certificate cert)
            throws XMLSecurityException, CertificateEncodingException, NoSuchAlgorithmException, IOException {
        String id = sig.getId();
        Element qp = doc.createElementNS(XADES, "xades:QualifyingProperties");
        qp.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xades", XADES);
        qp.setAttribute("Target", "#" + id);
        Element sp = child(doc, qp, "SignedProperties");
        sp.setAttribute("Id", "xades-" + id);
        sp.setIdAttribute("Id", true);
        Element ssp = child(doc, sp, "SignedSignatureProperties");
        child(doc, ssp, "SigningTime").setTextContent(d.signingTime().toString());
        Element certEl = child(doc, child(doc, ssp, "SigningCertificateV2"), "Cert");
        Element digest = child(doc, certEl, "CertDigest");
        Element dm = doc.createElementNS(Constants.SignatureSpecNS, "ds:DigestMethod");
        dm.setAttribute("Algorithm", SHA256);
        digest.appendChild(dm);
        Element dv = doc.createElementNS(Constants.SignatureSpecNS, "ds:DigestValue");
        dv.setTextContent(Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded())));
        digest.appendChild(dv);
        IssuerSerial is = new IssuerSerial(
                new GeneralNames(new GeneralName(
                        X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))),
                cert.getSerialNumber());
        child(doc, certEl, "IssuerSerialV2").setTextContent(Base64.getEncoder().encodeToString(is.getEncoded()));
        // EN 319 132-1 baseline: a DataObjectFormat with the MIME type of the signed data object
        Element format = child(doc, child(doc, sp, "SignedDataObjectProperties"), "DataObjectFormat");
        format.setAttribute("ObjectReference", "#" + dataReferenceId(sig));
        child(doc, format, "MimeType").setTextContent(d.mimeType());
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
        } catch (TransformerException e) {
            throw new IOException(e.getMessage(), e);
        }
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A signature being built, with the detached content's resolver kept open while digests are computed. */
    private record Built(Document doc, XMLSignature sig, DetachedResolver resolver, Path detached)
            implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (resolver != null) {
                resolver.close();
            }
        }
    }

    /** Builder of {@link XadesSigner}: the shared {@link SignerBuilder} vocabulary. */
    public static final class Builder extends SignerBuilder<Builder, XadesSigner> {
        private Builder() {}

        SignerSettings settings() {
            return settings(FORMAT);
        }

        @Override
        public XadesSigner build() {
            return new XadesSigner(this);
        }
    }
}
