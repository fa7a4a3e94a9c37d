package io.github.egovsdk.edoc.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A thin StAX writer that pretty-prints like the official library (2-space indent, CRLF) and lets attachment
 * payloads bypass the XML writer (base64 needs no escaping) straight to the byte stream.
 */
public final class XmlOut {
    public static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    private final OutputStream bytes;
    private final Writer chars;
    private final XMLStreamWriter xml;
    private int depth;

    public XmlOut(OutputStream out) throws XMLStreamException {
        this.bytes = out;
        this.chars = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.xml = FACTORY.createXMLStreamWriter(chars);
    }

    public void startDocument() throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
    }

    /** Opens an element on a new indented line; {@code prefix} null = default namespace. */
    public void open(String prefix, String name) throws XMLStreamException {
        newline();
        if (prefix == null) {
            xml.writeStartElement("", name, NS);
        } else {
            xml.writeStartElement(prefix, name, NS);
        }
        depth++;
    }

    public void namespace(String prefix) throws XMLStreamException {
        if (prefix == null) {
            xml.writeDefaultNamespace(NS);
        } else {
            xml.writeNamespace(prefix, NS);
        }
    }

    public void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, value);
    }

    public void close() throws XMLStreamException {
        depth--;
        newline();
        xml.writeEndElement();
    }

    /** {@code <prefix:name>text</prefix:name>} on one line; nothing when text is null (as the official library). */
    public void text(String prefix, String name, String text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        newline();
        if (prefix == null) {
            xml.writeStartElement("", name, NS);
        } else {
            xml.writeStartElement(prefix, name, NS);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** Opens an element whose content will be streamed raw by the caller through {@link #rawBytes()}. */
    public OutputStream openRaw(String prefix, String name, boolean declarePrefix)
            throws XMLStreamException, IOException {
        newline();
        xml.writeStartElement(prefix, name, NS);
        if (declarePrefix) {
            xml.writeNamespace(prefix, NS);
        }
        xml.writeCharacters("");
        xml.flush();
        chars.flush();
        return bytes;
    }

    /** Ends an element opened with {@link #openRaw}, on the same line. */
    public void closeRaw() throws XMLStreamException {
        xml.writeEndElement();
    }

    public void endDocument() throws XMLStreamException, IOException {
        xml.writeCharacters("\r\n");
        xml.writeEndDocument();
        xml.flush();
        chars.flush();
    }

    /**
     * Writes a DOM element and its subtree exactly as it is (no indentation added inside), on a new indented line.
     * Used for a signed header: its text nodes are part of what was signed, so they must be kept byte for byte.
     * Namespace declarations are written only where the DOM carries them as {@code xmlns} attributes.
     */
    public void verbatim(Element element) throws XMLStreamException {
        newline();
        copy(element);
    }

    private void copy(Element e) throws XMLStreamException {
        String prefix = e.getPrefix() == null ? "" : e.getPrefix();
        xml.writeStartElement(prefix, e.getLocalName(), e.getNamespaceURI() == null ? "" : e.getNamespaceURI());
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                if (XMLConstants.XMLNS_ATTRIBUTE.equals(a.getLocalName())) {
                    xml.writeDefaultNamespace(a.getValue());
                } else {
                    xml.writeNamespace(a.getLocalName(), a.getValue());
                }
            }
        }
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (a.getNamespaceURI() == null) {
                xml.writeAttribute(a.getName(), a.getValue());
            } else if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                xml.writeAttribute(a.getPrefix(), a.getNamespaceURI(), a.getLocalName(), a.getValue());
            }
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.ELEMENT_NODE -> copy((Element) n);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> xml.writeCharacters(n.getNodeValue());
                default -> {
                    // comments and processing instructions are not part of an exclusive-C14N signed node set
                }
            }
        }
        xml.writeEndElement();
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\r\n" + "  ".repeat(depth));
    }

    public OutputStream rawBytes() {
        return bytes;
    }
}
