package io.github.egovsdk.core.gateway;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.core.xml.SecureXml;
import io.github.egovsdk.core.xml.XmlSecurityException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * SOAP 1.1 envelopes ({@code http://schemas.xmlsoap.org/soap/envelope/}) read with {@link SecureXml}: no DTD, no
 * entities, bounded. A {@code Fault} becomes an {@link EgovServiceException} with {@code faultcode} as its code.
 */
public final class SoapEnvelopes {
    /** The SOAP 1.1 envelope namespace. */
    public static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    /** Longest SOAP reply read (1 MiB). */
    public static final int MAX_SOAP_BYTES = 1 << 20;

    /** Building a secure factory costs more than parsing a small reply: one builder per thread, reused. */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SecureXml::newDocumentBuilder);

    private SoapEnvelopes() {}

    private static Document parse(byte[] bytes) {
        DocumentBuilder b = BUILDER.get();
        try {
            return b.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new XmlSecurityException(describe(e.getMessage()), e.getLineNumber(), e.getColumnNumber(), e);
        } catch (SAXException | IOException e) {
            throw new XmlSecurityException(describe(e.getMessage()), -1, -1, e);
        }
    }

    private static String describe(String message) {
        String m = message == null ? "" : message;
        return m.contains("DOCTYPE") || m.contains("DTD")
                ? "XML refused: DTDs are not allowed (they enable XXE and entity-expansion attacks)"
                : "Malformed or unsafe XML: " + m;
    }

    /**
     * The first element inside {@code Body} of the envelope {@code xml} (a bare payload without envelope is returned
     * as is).
     *
     * @throws XmlSecurityException when the XML is malformed, too large or unsafe (DTD, entities)
     * @throws EgovServiceException on a SOAP fault or an empty body
     */
    public static Element bodyContent(String xml, String requestId) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_SOAP_BYTES) {
            throw new XmlSecurityException("SOAP reply larger than " + MAX_SOAP_BYTES + " bytes", -1, -1, null);
        }
        Document doc = parse(bytes);
        Element root = doc.getDocumentElement();
        if (!"Envelope".equals(root.getLocalName())) {
            return root;
        }
        Element body = child(root, "Body");
        Element content = body == null ? null : firstElement(body);
        if (content == null) {
            throw new EgovServiceException(
                    200, "SOAP_EMPTY_BODY", "The SOAP reply has no body / phản hồi SOAP rỗng", requestId, null);
        }
        if ("Fault".equals(content.getLocalName())) {
            String code = text(child(content, "faultcode"));
            String reason = text(child(content, "faultstring"));
            throw new EgovServiceException(
                    200, code.isEmpty() ? "SOAP_FAULT" : code, Redactor.redact(reason), requestId, null);
        }
        return content;
    }

    /** The first child element named {@code localName} (any namespace), or null. */
    public static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** The first child element, or null. */
    public static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    /** Trimmed text content; "" for null. */
    public static String text(Element e) {
        return e == null ? "" : e.getTextContent().strip();
    }
}
