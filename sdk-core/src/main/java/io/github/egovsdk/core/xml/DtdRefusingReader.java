package io.github.egovsdk.core.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/** Fails on a DOCTYPE or an unresolved entity reference instead of skipping it. */
final class DtdRefusingReader extends StreamReaderDelegate {
    DtdRefusingReader(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        if (event == XMLStreamConstants.DTD) {
            throw new XMLStreamException("DOCTYPE is not allowed", getLocation());
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XMLStreamException("Entity reference '" + getLocalName() + "' is not allowed", getLocation());
        }
        return event;
    }
}
