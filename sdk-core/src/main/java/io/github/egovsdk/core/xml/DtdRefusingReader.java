package io.github.egovsdk.core.xml;

import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Fails on a DOCTYPE or an unresolved entity reference instead of skipping it, and is the one boundary where a StAX
 * implementation's unchecked parse errors become typed: Woodstox reads text lazily and reports malformed input
 * found then (invalid or truncated UTF-8, a broken character reference) as a {@code RuntimeException} wrapping an
 * {@link XMLStreamException} — from {@code getText()}, {@code next()} or {@code hasNext()}. Every reader the SDK
 * opens goes through here, so callers only ever see {@link XMLStreamException} or {@link XmlSecurityException}.
 */
final class DtdRefusingReader extends StreamReaderDelegate {
    DtdRefusingReader(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
        int event;
        try {
            event = super.next();
        } catch (RuntimeException e) {
            throw checked(e);
        }
        if (event == XMLStreamConstants.DTD) {
            throw new XMLStreamException("DOCTYPE is not allowed", getLocation());
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XMLStreamException("Entity reference '" + getLocalName() + "' is not allowed", getLocation());
        }
        return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        try {
            return super.nextTag();
        } catch (RuntimeException e) {
            throw checked(e);
        }
    }

    @Override
    public boolean hasNext() throws XMLStreamException {
        try {
            return super.hasNext();
        } catch (RuntimeException e) {
            throw checked(e);
        }
    }

    @Override
    public String getElementText() throws XMLStreamException {
        try {
            return super.getElementText();
        } catch (RuntimeException e) {
            throw checked(e);
        }
    }

    @Override
    public int getTextCharacters(int sourceStart, char[] target, int targetStart, int length)
            throws XMLStreamException {
        try {
            return super.getTextCharacters(sourceStart, target, targetStart, length);
        } catch (RuntimeException e) {
            throw checked(e);
        }
    }

    // The accessors below declare no checked exception: their lazy failures become XmlSecurityException.

    @Override
    public String getText() {
        try {
            return super.getText();
        } catch (RuntimeException e) {
            throw typed(e);
        }
    }

    @Override
    public char[] getTextCharacters() {
        try {
            return super.getTextCharacters();
        } catch (RuntimeException e) {
            throw typed(e);
        }
    }

    @Override
    public int getTextStart() {
        try {
            return super.getTextStart();
        } catch (RuntimeException e) {
            throw typed(e);
        }
    }

    @Override
    public int getTextLength() {
        try {
            return super.getTextLength();
        } catch (RuntimeException e) {
            throw typed(e);
        }
    }

    @Override
    public String getAttributeValue(String namespaceUri, String localName) {
        try {
            return super.getAttributeValue(namespaceUri, localName);
        } catch (RuntimeException e) {
            throw typed(e);
        }
    }

    @Override
    public String getAttributeValue(int index) {
        try {
            return super.getAttributeValue(index);
        } catch (RuntimeException e) {
            throw typed(e);
        }
    }

    @Override
    public QName getName() {
        try {
            return super.getName();
        } catch (RuntimeException e) {
            throw typed(e);
        }
    }

    /** The parse error a lazy runtime exception carries, or one made from it. */
    private XMLStreamException checked(RuntimeException e) {
        if (e instanceof XmlSecurityException typed) {
            throw typed;
        }
        Throwable cause = e.getCause();
        if (cause instanceof XMLStreamException xse) {
            return xse;
        }
        XMLStreamException wrapped = new XMLStreamException(message(e), location());
        wrapped.initCause(e);
        return wrapped;
    }

    private RuntimeException typed(RuntimeException e) {
        if (e instanceof XmlSecurityException) {
            return e;
        }
        return SecureXml.fromStax(checked(e));
    }

    private Location location() {
        try {
            return getLocation();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
