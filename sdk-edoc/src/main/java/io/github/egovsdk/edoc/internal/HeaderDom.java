package io.github.egovsdk.edoc.internal;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.xml.SecureXml;
import io.github.egovsdk.core.xml.XmlSecurityException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an edXML message into a DOM that holds the root, the envelope and the header only: it stops streaming at
 * the end of {@code edXMLHeader}, so a message with large attachments costs only its header. The header's exclusive
 * canonical form is the same in this DOM as in the whole message, which is what a header signature covers.
 */
public final class HeaderDom {
    private static final XMLInputFactory FACTORY = SecureXml.newXMLInputFactory();

    private HeaderDom() {}

    public static Document read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new EgovClientException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the header DOM (for a validator that takes files); the header's canonical form is unchanged. */
    public static void write(Document doc, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            SecureXml.newTransformerFactory().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    static Document read(InputStream in) {
        DocumentBuilder builder = SecureXml.newDocumentBuilder();
        Document doc = builder.newDocument();
        try {
            XMLStreamReader r = SecureXml.newXMLStreamReader(FACTORY, in);
            Node current = doc;
            Element header = null;
            int depth = 0;
            int skipping = 0; // depth of a subtree being skipped (body, attachments), 0 = none
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (skipping > 0) {
                        continue;
                    }
                    boolean wanted = depth == 1
                            || (depth == 2 && "edXMLEnvelope".equals(r.getLocalName()))
                            || (depth == 3 && "edXMLHeader".equals(r.getLocalName()))
                            || (header != null && depth > 3);
                    if (!wanted) {
                        skipping = depth;
                        continue;
                    }
                    Element e = element(doc, r);
                    current.appendChild(e);
                    current = e;
                    if (depth == 3) {
                        header = e;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (skipping > 0) {
                        if (skipping == depth) {
                            skipping = 0;
                        }
                        depth--;
                        continue;
                    }
                    depth--;
                    if (current == header) {
                        break; // the rest of the message (body, attachments) is not needed
                    }
                    current = current.getParentNode();
                } else if ((event == XMLStreamConstants.CHARACTERS
                                || event == XMLStreamConstants.SPACE
                                || event == XMLStreamConstants.CDATA)
                        && skipping == 0
                        && header != null) {
                    current.appendChild(doc.createTextNode(r.getText()));
                }
            }
            if (header == null) {
                throw new XmlSecurityException("Not an edXML message: no edXMLEnvelope/edXMLHeader", -1, -1, null);
            }
            doc.getDocumentElement().normalize();
            r.close();
        } catch (XMLStreamException e) {
            throw SecureXml.fromStax(e);
        }
        return doc;
    }

    private static Element element(Document doc, XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        String prefix = r.getPrefix();
        String qname = prefix == null || prefix.isEmpty() ? r.getLocalName() : prefix + ":" + r.getLocalName();
        Element e = doc.createElementNS(ns == null || ns.isEmpty() ? null : ns, qname);
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            String p = r.getNamespacePrefix(i);
            e.setAttributeNS(
                    XMLConstants.XMLNS_ATTRIBUTE_NS_URI,
                    p == null || p.isEmpty() ? "xmlns" : "xmlns:" + p,
                    r.getNamespaceURI(i));
        }
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ans = r.getAttributeNamespace(i);
            String ap = r.getAttributePrefix(i);
            String an = ap == null || ap.isEmpty() ? r.getAttributeLocalName(i) : ap + ":" + r.getAttributeLocalName(i);
            e.setAttributeNS(ans == null || ans.isEmpty() ? null : ans, an, r.getAttributeValue(i));
        }
        return e;
    }
}
