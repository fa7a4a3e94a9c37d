package io.github.egovsdk.signature.xml;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.xml.SecureXml;
import io.github.egovsdk.signature.internal.XadesLongTerm;
import io.github.egovsdk.signature.revocation.RevocationSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Extends XAdES B-T signatures to B-LT (ETSI EN 319 132-1): {@code xades:CertificateValues} with the certificates of
 * the signing and time-stamp chains and {@code xades:RevocationValues} with OCSP responses / CRLs fetched through the
 * {@link RevocationSource}, after the SignatureTimeStamp in UnsignedSignatureProperties (not signed, so the signature
 * value and references are unchanged). The signing certificate must be GOOD, else the extension is refused.
 * Immutable and thread-safe; the output is written atomically and may be the input.
 */
public final class XadesExtender {
    private static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    private final RevocationSource revocation;
    private final List<X509Certificate> certificates;

    private XadesExtender(Builder b) {
        this.revocation = Objects.requireNonNull(b.revocation, "revocation source is required");
        this.certificates = List.copyOf(b.certificates);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Extends every (not counter-) XAdES signature of {@code input} to B-LT into {@code output}. */
    public void extend(Path input, Path output) {
        Document doc;
        try (InputStream in = Files.newInputStream(input)) {
            doc = SecureXml.parse(in);
        } catch (IOException e) {
            throw new EgovClientException("Cannot read " + input + ": " + e.getMessage(), e);
        }
        NodeList nodes = doc.getElementsByTagNameNS(DSIG, "Signature");
        List<Element> signatures = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element sig = (Element) nodes.item(i);
            if (!nested(sig) && sig.getElementsByTagNameNS(XadesSigner.XADES, "QualifyingProperties").getLength() > 0) {
                signatures.add(sig);
            }
        }
        if (signatures.isEmpty()) {
            throw new EgovClientException("No XAdES signature to extend in " + input.getFileName());
        }
        signatures.forEach(this::extend);
        write(doc, output);
    }

    /** Adds the B-LT validation data to one signature element (a XAdES B-T ds:Signature). */
    void extend(Element signature) {
        XadesLongTerm.add(signature, revocation, certificates);
    }

    private static boolean nested(Element sig) {
        for (Node p = sig.getParentNode(); p instanceof Element e; p = p.getParentNode()) {
            if (DSIG.equals(e.getNamespaceURI()) && "Signature".equals(e.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static void write(Document doc, Path output) {
        try {
            Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), "." + output.getFileName(), ".part");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    SecureXml.newTransformerFactory().newTransformer().transform(new DOMSource(doc),
                            new StreamResult(out));
                }
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | javax.xml.transform.TransformerException e) {
            throw new EgovClientException("Cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    /** Builder of {@link XadesExtender}. */
    public static final class Builder {
        private RevocationSource revocation;
        private final List<X509Certificate> certificates = new ArrayList<>();

        private Builder() {
        }

        /** Where revocation data comes from (required), e.g. {@code CompositeRevocationSource.ocspThenCrl()}. */
        public Builder revocation(RevocationSource revocation) {
            this.revocation = revocation;
            return this;
        }

        /** Extra certificates to store and to find issuers among (e.g. the root and intermediate CAs). */
        public Builder certificates(List<X509Certificate> certificates) {
            this.certificates.addAll(certificates);
            return this;
        }

        public XadesExtender build() {
            return new XadesExtender(this);
        }
    }
}
