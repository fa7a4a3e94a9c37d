package io.github.egovsdk.signature.xml;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.xml.SecureXml;
import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.internal.LevelRules;
import io.github.egovsdk.signature.internal.XadesArchive;
import io.github.egovsdk.signature.internal.XadesLongTerm;
import io.github.egovsdk.signature.revocation.RevocationSource;
import io.github.egovsdk.signature.tsa.TsaClient;
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
import javax.xml.transform.TransformerException;
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
 * value and references are unchanged); every certificate of those chains must be GOOD, else the extension is
 * refused; and to B-LTA with an archive time-stamp over the signature and that data.
 * Immutable and thread-safe; the output is written atomically and may be the input.
 */
public final class XadesExtender {
    private static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    private final RevocationSource revocation;
    private final List<X509Certificate> certificates;
    private final TsaClient tsa;

    private XadesExtender(Builder b) {
        this.revocation = Objects.requireNonNull(b.revocation, "revocation source is required");
        this.certificates = List.copyOf(b.certificates);
        this.tsa = b.tsa;
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
        topLevelSignatures(doc, input).forEach(s -> extend(s, SignatureLevel.B_LT, null));
        write(doc, output);
    }

    /**
     * Extends every (not counter-) XAdES signature of {@code input} to {@code level} into {@code output}: B-LT adds
     * the validation data; B-LTA (needs a {@link Builder#tsa TSA}) then adds an archive time-stamp
     * ({@code xadesv141:ArchiveTimeStamp}) over the signature and that data — a B-LT file becomes B-LTA.
     * {@code detachedContent} is the signed file of a detached signature (the archive time-stamp covers it), or null.
     */
    public void extend(Path input, Path output, SignatureLevel level, Path detachedContent) {
        if (!LevelRules.isLongTerm(level)) {
            throw new EgovClientException("An XML signature is extended to B-LT or B-LTA, not " + level.label());
        }
        Document doc;
        try (InputStream in = Files.newInputStream(input)) {
            doc = SecureXml.parse(in);
        } catch (IOException e) {
            throw new EgovClientException("Cannot read " + input + ": " + e.getMessage(), e);
        }
        List<Element> signatures = topLevelSignatures(doc, input);
        signatures.forEach(s -> extend(s, level, detachedContent));
        write(doc, output);
    }

    /** Adds the validation data (and for B-LTA the archive time-stamp) to one XAdES B-T / B-LT ds:Signature. */
    void extend(Element signature, SignatureLevel level, Path detached) {
        if (level == SignatureLevel.B_LTA && tsa == null) {
            throw new EgovClientException("B-LTA needs a TSA for the archive time-stamp");
        }
        if (level == SignatureLevel.B_LTA
                && !XadesArchive.certificates(signature).isEmpty()) {
            throw new EgovClientException("The signature is already B-LTA: renewing its archive time-stamp is not"
                    + " supported in this version");
        }
        XadesLongTerm.add(signature, revocation, certificates);
        if (level == SignatureLevel.B_LTA) {
            XadesArchive.add(signature, tsa, detached);
        }
    }

    private static List<Element> topLevelSignatures(Document doc, Path input) {
        NodeList nodes = doc.getElementsByTagNameNS(DSIG, "Signature");
        List<Element> signatures = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element sig = (Element) nodes.item(i);
            if (!nested(sig)
                    && sig.getElementsByTagNameNS(XadesSigner.XADES, "QualifyingProperties")
                                    .getLength()
                            > 0) {
                signatures.add(sig);
            }
        }
        if (signatures.isEmpty()) {
            throw new EgovClientException("No XAdES signature to extend in " + input.getFileName());
        }
        return signatures;
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
                    SecureXml.newTransformerFactory()
                            .newTransformer()
                            .transform(new DOMSource(doc), new StreamResult(out));
                }
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | TransformerException e) {
            throw new EgovClientException("Cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    /** Builder of {@link XadesExtender}. */
    public static final class Builder {
        private RevocationSource revocation;
        private TsaClient tsa;
        private final List<X509Certificate> certificates = new ArrayList<>();

        private Builder() {}

        /** Where revocation data comes from (required), e.g. {@code CompositeRevocationSource.ocspThenCrl()}. */
        public Builder revocation(RevocationSource revocation) {
            this.revocation = revocation;
            return this;
        }

        /** The TSA of the archive time-stamp (required for B-LTA). */
        public Builder tsa(TsaClient tsa) {
            this.tsa = tsa;
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
