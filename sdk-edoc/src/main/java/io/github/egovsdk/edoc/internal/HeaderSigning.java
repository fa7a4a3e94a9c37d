package io.github.egovsdk.edoc.internal;

import io.github.egovsdk.core.xml.SecureXml;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.xml.XmlDsigSigner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Signs an edXML header (reference §9 rule 3: real XML-DSig namespace, SHA-256, the W3C exclusive-C14N URI). The
 * header is small, so it is rendered alone (root → envelope → header, exactly as the streaming writer renders it),
 * parsed, signed over the header subtree only, and handed back for verbatim copying: attachments are never signed
 * through the DOM and never held in memory.
 */
public final class HeaderSigning {
    /** The signed node set: the header only, never {@code AttachmentEncoded} (which sits inside the root). */
    public static final String HEADER_XPATH = "/q:edXML/q:edXMLEnvelope/q:edXMLHeader";

    public static final Map<String, String> HEADER_NAMESPACES = Map.of("q", XmlOut.NS);

    private HeaderSigning() {}

    @FunctionalInterface
    public interface HeaderContent {
        void write(XmlOut xml) throws XMLStreamException, IOException;
    }

    /** Renders the header children with {@code content}, signs, and returns the signed {@code edXMLHeader}. */
    public static Element signedHeader(HeaderContent content, SigningKey key) throws XMLStreamException, IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(8 * 1024);
        XmlOut xml = new XmlOut(buffer);
        xml.startDocument();
        xml.open(null, "edXML");
        xml.namespace(null);
        xml.open("edXML", "edXMLEnvelope");
        xml.namespace("edXML");
        xml.open("edXML", "edXMLHeader");
        content.write(xml);
        xml.close();
        xml.close();
        xml.close();
        xml.endDocument();
        Document doc = SecureXml.parse(new ByteArrayInputStream(buffer.toByteArray()));
        Element header = (Element) doc.getDocumentElement()
                .getElementsByTagNameNS(XmlOut.NS, "edXMLHeader")
                .item(0);
        // Same layout as the unsigned children: the signature on its own line, last in the header.
        Node closingIndent = header.getLastChild();
        String childIndent = "\n      ";
        header.insertBefore(doc.createTextNode(childIndent), closingIndent);
        XmlDsigSigner.of(key).signEnveloped(header, closingIndent, HEADER_XPATH, HEADER_NAMESPACES);
        return header;
    }
}
