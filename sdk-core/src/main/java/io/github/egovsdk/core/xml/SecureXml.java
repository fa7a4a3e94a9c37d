package io.github.egovsdk.core.xml;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML parsers that are safe for untrusted input, used by every module: no DTD (a {@code <!DOCTYPE} is an error, so
 * XXE and billion-laughs never start), no external entities, schemas or stylesheets, secure processing on,
 * namespace-aware, with the JDK's entity and depth limits set from {@link XmlLimits}.
 *
 * <p>The JDK's own implementations are requested explicitly, so a library on the classpath (Woodstox, Xerces) cannot
 * silently change the rules.
 *
 * <p>Example:
 * <pre>{@code
 * Document doc = SecureXml.parse(untrusted);        // XmlSecurityException on a DOCTYPE, an entity or a limit
 * }</pre>
 */
public final class SecureXml {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SecureXml() {}

    /** A namespace-aware DOM builder that refuses DTDs; errors become {@link XmlSecurityException}. */
    public static DocumentBuilder newDocumentBuilder() {
        return newDocumentBuilder(XmlLimits.DEFAULT);
    }

    public static DocumentBuilder newDocumentBuilder(XmlLimits limits) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature(DISALLOW_DOCTYPE, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setAttribute("jdk.xml.maxElementDepth", limits.maxDepth());
            f.setAttribute("jdk.xml.entityExpansionLimit", Math.max(limits.maxEntityExpansions(), 1));
            f.setAttribute("jdk.xml.elementAttributeLimit", limits.maxAttributes());
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entities are not allowed: " + systemId);
            });
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK XML parser does not support secure processing", e);
        }
    }

    /** Parses a whole document into DOM (for small documents: headers, signatures, SOAP). */
    public static Document parse(InputStream in) {
        try {
            return newDocumentBuilder().parse(in);
        } catch (SAXParseException e) {
            throw new XmlSecurityException(describe(e.getMessage()), e.getLineNumber(), e.getColumnNumber(), e);
        } catch (SAXException e) {
            throw new XmlSecurityException(describe(e.getMessage()), -1, -1, e);
        } catch (IOException e) {
            throw new XmlSecurityException("Cannot read the XML: " + e.getMessage(), -1, -1, e);
        }
    }

    /** A SAX parser with the same rules. */
    public static SAXParser newSAXParser() {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature(DISALLOW_DOCTYPE, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            SAXParser p = f.newSAXParser();
            p.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            p.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return p;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK SAX parser does not support secure processing", e);
        }
    }

    /**
     * A StAX factory that does not support DTDs or external entities and does not coalesce text, so large text nodes
     * can be streamed. It is the classpath's implementation (Woodstox when present — several times faster than the
     * JDK's on large documents), configured through the standard properties; {@link #newXMLStreamReader} adds the
     * DOCTYPE refusal that makes the rules identical whichever implementation runs. Text-size limits are the
     * reader's job ({@link XmlLimits#maxTextLength}).
     */
    public static XMLInputFactory newXMLInputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        if (f.isPropertySupported(XMLConstants.ACCESS_EXTERNAL_DTD)) {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        }
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("External entities are not allowed: " + systemId);
        });
        return f;
    }

    /**
     * Opens a StAX reader that fails with {@link XmlSecurityException} on the first DTD. With SUPPORT_DTD off the JDK
     * would silently skip a DOCTYPE; we refuse it, so a document with one is never half-trusted.
     */
    public static XMLStreamReader newXMLStreamReader(XMLInputFactory factory, InputStream in) {
        try {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            return new DtdRefusingReader(r);
        } catch (XMLStreamException e) {
            throw fromStax(e);
        }
    }

    /** A transformer factory for serialising DOM: no external stylesheets or DTDs. */
    public static TransformerFactory newTransformerFactory() {
        TransformerFactory f = TransformerFactory.newDefaultInstance();
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("The JDK transformer does not support secure processing", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return f;
    }

    /** Converts a StAX failure into the typed error with its location. */
    public static XmlSecurityException fromStax(XMLStreamException e) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        int col = e.getLocation() == null ? -1 : e.getLocation().getColumnNumber();
        return new XmlSecurityException(describe(e.getMessage()), line, col, e);
    }

    private static String describe(String message) {
        String m = message == null ? "" : message;
        if (m.contains("DOCTYPE") || m.contains("DTD")) {
            return "XML refused: DTDs are not allowed (they enable XXE and entity-expansion attacks)";
        }
        if (m.toLowerCase(Locale.ROOT).contains("entit")) {
            return "XML refused: entity references are not allowed (" + m + ")";
        }
        return "Malformed or unsafe XML: "
                + m.replaceAll("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
    }
}
