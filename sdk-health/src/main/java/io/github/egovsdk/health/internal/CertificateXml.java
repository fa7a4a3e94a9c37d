package io.github.egovsdk.health.internal;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.xml.SecureXml;
import io.github.egovsdk.health.CertificateField;
import io.github.egovsdk.health.HealthDocument;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.xml.XmlDsigSigner;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The signed XML documents of the Social Security gateway. Birth/death packages are {@code HSDLGCS} /
 * {@code HSDLGBT} = the document ({@code GIAYCHUNGSINH} / {@code GIAYBAOTU}, attribute {@code Id}) + {@code CHUKYDONVI}
 * holding the unit's enveloped XML-DSig over the document element. The signature profile is not published; the SDK
 * signs the document element's subtree (XPath filter, exclusive C14N, SHA-256) with sdk-signature's XML signer.
 */
public final class CertificateXml {
    private CertificateXml() {}

    /** The signed package, UTF-8 bytes. */
    public static <F extends Enum<F> & CertificateField> byte[] signedPackage(HealthDocument<F> doc, SigningKey key) {
        Document d = SecureXml.newDocumentBuilder().newDocument();
        Element root = d.createElement(doc.kind().packageElement());
        d.appendChild(root);
        Element body = d.createElement(doc.kind().documentElement());
        body.setAttribute("Id", doc.kind().documentElement());
        root.appendChild(body);
        for (Map.Entry<F, String> e : doc.values().entrySet()) {
            Element f = d.createElement(e.getKey().name());
            f.setTextContent(e.getValue());
            body.appendChild(f);
        }
        Element sig = d.createElement("CHUKYDONVI");
        root.appendChild(sig);
        XmlDsigSigner.of(key)
                .signEnveloped(
                        sig,
                        null,
                        "/" + doc.kind().packageElement() + "/" + doc.kind().documentElement(),
                        Map.of());
        return serialize(d);
    }

    /**
     * The GKSK data block: {@code <GKSK><DULIEU>…the JSON fields as elements…</DULIEU></GKSK>} with an enveloped
     * XML-DSig over {@code DULIEU}. What {@code SIGNDATA} must contain is not published (only "base64 of the
     * certificate XML's signature data"); the SDK sends base64 of this whole signed block, which carries the data,
     * the digest, the signature value and the certificate.
     */
    public static byte[] signedGkskBlock(Map<String, String> fields, SigningKey key) {
        Document d = SecureXml.newDocumentBuilder().newDocument();
        Element root = d.createElement("GKSK");
        d.appendChild(root);
        Element data = d.createElement("DULIEU");
        root.appendChild(data);
        fields.forEach((k, v) -> {
            Element f = d.createElement(k);
            f.setTextContent(v);
            data.appendChild(f);
        });
        XmlDsigSigner.of(key).signEnveloped(root, null, "/GKSK/DULIEU", Map.of());
        return serialize(d);
    }

    private static byte[] serialize(Document d) {
        try {
            Transformer t = SecureXml.newTransformerFactory().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(d), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new EgovClientException("Cannot write the certificate XML: " + e.getMessage(), e);
        }
    }
}
