package io.github.egovsdk.signature.xml;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.xml.SecureXml;
import io.github.egovsdk.signature.SignatureAlgorithm;
import io.github.egovsdk.signature.keys.SigningKey;
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
 * XAdES-BASELINE-B enveloped signatures with Santuario (exclusive C14N, SHA-256): SignedProperties with signing time
 * and SigningCertificateV2, the certificate chain in KeyInfo. The private-key operation goes through the
 * {@link SigningKey}, so tokens and remote keys work too. The DTD-free parse and atomic write follow the SDK rules.
 */
public final class XadesSigner {
    static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";
    private final SigningKey key;
    private final Clock clock;

    static {
        org.apache.xml.security.Init.init();
    }

    private XadesSigner(SigningKey key, Clock clock) {
        this.key = Objects.requireNonNull(key, "key");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static XadesSigner of(SigningKey key) {
        return new XadesSigner(key, Clock.systemUTC());
    }

    public static XadesSigner of(SigningKey key, Clock clock) {
        return new XadesSigner(key, clock);
    }

    /** Signs the whole document, enveloped: the signature becomes the last child of the root element. */
    public void signEnveloped(Path input, Path output) {
        SignatureAlgorithm algorithm = key.defaultAlgorithm();
        String sigAlg = switch (algorithm) {
            case RSA_SHA256 -> XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256;
            case RSA_PSS_SHA256 -> XMLSignature.ALGO_ID_SIGNATURE_RSA_PSS;
            case ECDSA_SHA256 -> XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA256;
            case ECDSA_SHA384 -> XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA384;
        };
        try {
            Document doc;
            try (InputStream in = Files.newInputStream(input)) {
                doc = SecureXml.parse(in);
            }
            String id = "id-" + UUID.randomUUID();
            XMLSignature sig = new XMLSignature(doc, "", sigAlg, Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            sig.setId(id);
            doc.getDocumentElement().appendChild(sig.getElement());
            Element signedProps = qualifyingProperties(doc, sig, id);
            Transforms transforms = new Transforms(doc);
            transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            sig.addDocument("", transforms, org.apache.xml.security.algorithms.MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256);
            Transforms propsTransforms = new Transforms(doc);
            propsTransforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            sig.addDocument("#" + signedProps.getAttribute("Id"), propsTransforms, org.apache.xml.security.algorithms.MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256,
                    null, "http://uri.etsi.org/01903#SignedProperties");
            for (X509Certificate c : key.chain()) {
                sig.addKeyInfo(c);
            }
            sig.getSignedInfo().generateDigestValues();
            byte[] signedInfo = sig.getSignedInfo().getCanonicalizedOctetStream();
            byte[] value = key.sign(signedInfo, algorithm);
            if (algorithm == SignatureAlgorithm.ECDSA_SHA256 || algorithm == SignatureAlgorithm.ECDSA_SHA384) {
                value = org.apache.xml.security.algorithms.implementations.ECDSAUtils.convertASN1toXMLDSIG(value,
                        algorithm == SignatureAlgorithm.ECDSA_SHA256 ? 32 : 48);
            }
            Element sv = (Element) sig.getElement().getElementsByTagNameNS(Constants.SignatureSpecNS,
                    "SignatureValue").item(0);
            sv.setTextContent(Base64.getEncoder().encodeToString(value));
            write(doc, output);
        } catch (XMLSecurityException | IOException | java.security.cert.CertificateEncodingException
                | java.security.NoSuchAlgorithmException e) {
            throw new EgovClientException("Cannot sign " + input + " (XAdES): " + e.getMessage(), e);
        }
    }

    private Element qualifyingProperties(Document doc, XMLSignature sig, String id) throws XMLSecurityException,
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
}
