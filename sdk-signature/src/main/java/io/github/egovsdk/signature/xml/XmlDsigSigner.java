package io.github.egovsdk.signature.xml;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.SignatureAlgorithm;
import io.github.egovsdk.signature.keys.SigningKey;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Objects;
import org.apache.xml.security.Init;
import org.apache.xml.security.algorithms.MessageDigestAlgorithm;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.transforms.params.XPath2FilterContainer;
import org.apache.xml.security.utils.Constants;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Plain enveloped XML-DSig (no XAdES properties) over one element of a DOM, for envelopes such as the edXML header:
 * {@code Reference URI=""} with the enveloped-signature transform, an XPath Filter 2.0 {@code intersect} that limits
 * the signed node set to the target element's subtree, and exclusive C14N; SHA-256 digests. Scoping by XPath rather
 * than by an {@code Id} attribute keeps the envelope schema-valid (edXML has no Id on its header).
 *
 * <p>The private-key operation goes through the {@link SigningKey}, so PKCS#11 tokens and remote keys work too.
 * Thread-safe: it holds only the key.
 */
public final class XmlDsigSigner {
    private final SigningKey key;

    static {
        Init.init();
    }

    private XmlDsigSigner(SigningKey key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static XmlDsigSigner of(SigningKey key) {
        return new XmlDsigSigner(key);
    }

    /**
     * Signs the subtree selected by {@code targetXPath} and inserts the {@code ds:Signature} into {@code parent}
     * before {@code before} (or as its last child when {@code before} is null).
     *
     * @param targetXPath an absolute XPath selecting exactly the element to cover, e.g.
     *                    {@code /q:edXML/q:edXMLEnvelope/q:edXMLHeader}
     * @param namespaces  prefix → namespace URI for the prefixes used in {@code targetXPath}
     * @return the inserted signature element
     */
    public Element signEnveloped(Element parent, Node before, String targetXPath, Map<String, String> namespaces) {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(targetXPath, "targetXPath");
        SignatureAlgorithm algorithm = key.defaultAlgorithm();
        var doc = parent.getOwnerDocument();
        try {
            XMLSignature sig = new XMLSignature(
                    doc, "", XmlSignatureValues.algorithmUri(algorithm), Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            parent.insertBefore(sig.getElement(), before);
            Transforms transforms = new Transforms(doc);
            transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
            XPath2FilterContainer filter = XPath2FilterContainer.newInstanceIntersect(doc, targetXPath);
            for (Map.Entry<String, String> ns : namespaces.entrySet()) {
                filter.getElement().setAttributeNS(Constants.NamespaceSpecNS, "xmlns:" + ns.getKey(), ns.getValue());
            }
            transforms.addTransform(Transforms.TRANSFORM_XPATH2FILTER, filter.getElement());
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            sig.addDocument("", transforms, MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256);
            for (X509Certificate c : key.chain()) {
                sig.addKeyInfo(c);
            }
            XmlSignatureValues.sign(sig, key, algorithm);
            return sig.getElement();
        } catch (XMLSecurityException | IOException e) {
            throw new EgovClientException("Cannot create the XML-DSig signature: " + e.getMessage(), e);
        }
    }

    /** The signer's certificate, for callers that want to record who signed. */
    public X509Certificate certificate() {
        return key.certificate();
    }
}
