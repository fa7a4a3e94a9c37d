package io.github.egovsdk.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * The hand-written baseline a careful developer writes with the JDK alone: StAX plus block base64, streaming the
 * attachment to and from disk. It writes and reads the same edXML layout as the official library (header subset).
 */
public final class StaxEdxmlBaseline {
    static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final int BLOCK = 48 * 1024; // a multiple of 3 bytes: encodes to whole 4-character groups
    private final XMLInputFactory inputFactory;
    private final XMLOutputFactory outputFactory = XMLOutputFactory.newFactory();

    public StaxEdxmlBaseline() {
        inputFactory = XMLInputFactory.newFactory();
        inputFactory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        inputFactory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        inputFactory.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    /** Writes an edXML document with one attachment streamed from {@code attachment}. */
    public void build(Path attachment, Path out) throws IOException, XMLStreamException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 64 * 1024);
                Writer writer = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
            XMLStreamWriter w = outputFactory.createXMLStreamWriter(writer);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("edXML");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("edXML", NS); // the attachment part uses the prefix outside the envelope too
            w.writeStartElement("edXML", "edXMLEnvelope", NS);
            w.writeNamespace("edXML", NS);
            w.writeStartElement("edXML", "edXMLHeader", NS);
            w.writeStartElement("edXML", "MessageHeader", NS);
            organ(w, "From", "000.00.00.H27", "UBND tỉnh Bắc Ninh");
            organ(w, "To", "000.00.01.H27", "Sở Tư pháp tỉnh Bắc Ninh");
            text(w, "DocumentId", "000.00.00.H27,2026/11/23,123/UBND-VP");
            w.writeStartElement("edXML", "Code", NS);
            text(w, "CodeNumber", "123");
            text(w, "CodeNotation", "UBND-VP");
            w.writeEndElement();
            text(w, "Subject", "V/v triển khai liên thông văn bản điện tử");
            w.writeEndElement(); // MessageHeader
            w.writeEndElement(); // edXMLHeader
            w.writeStartElement("edXML", "edXMLBody", NS);
            w.writeEndElement();
            w.writeEndElement(); // edXMLEnvelope
            w.writeStartElement("AttachmentEncoded");
            w.writeStartElement("Attachment");
            text(w, "ContentId", "1");
            text(w, "AttachmentName", attachment.getFileName().toString());
            text(w, "ContentType", "application/pdf");
            w.writeStartElement("edXML", "ContentTransferEncoded", NS);
            w.writeCharacters(""); // close the start tag before writing raw base64 through the same writer
            w.flush();
            Base64.Encoder encoder = Base64.getEncoder();
            byte[] block = new byte[BLOCK];
            try (InputStream in = Files.newInputStream(attachment)) {
                int n;
                while ((n = in.readNBytes(block, 0, BLOCK)) > 0) {
                    byte[] encoded = encoder.encode(n == BLOCK ? block : Arrays.copyOf(block, n));
                    writer.write(new String(encoded, StandardCharsets.ISO_8859_1));
                }
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement(); // edXML
            w.writeEndDocument();
            w.close();
        }
    }

    private static void organ(XMLStreamWriter w, String element, String id, String name) throws XMLStreamException {
        w.writeStartElement("edXML", element, NS);
        text(w, "OrganId", id);
        text(w, "OrganName", name);
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement("edXML", element, NS);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    /** Parses the header fields and streams every attachment's decoded bytes to {@code attachmentOut}. */
    public long parse(Path edxml, Path attachmentOut) throws IOException, XMLStreamException {
        return parse(edxml, () -> Files.newOutputStream(attachmentOut));
    }

    /** Where decoded attachment bytes go. */
    @FunctionalInterface
    public interface Sink {
        OutputStream open() throws IOException;
    }

    /** Parses the header fields and streams every attachment's decoded bytes to the sink. */
    public long parse(Path edxml, Sink sink) throws IOException, XMLStreamException {
        long decoded = 0;
        String subject = null;
        try (InputStream in = Files.newInputStream(edxml)) {
            XMLStreamReader r = inputFactory.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (name.equals("Subject") && subject == null) {
                    subject = r.getElementText();
                } else if (name.equals("ContentTransferEncoded")) {
                    try (OutputStream out = sink.open()) {
                        decoded += decodeElement(r, out);
                    }
                }
            }
            r.close();
        }
        if (subject == null) {
            throw new IllegalStateException("No Subject in " + edxml);
        }
        return decoded;
    }

    /** Decodes the element's base64 text in blocks, never holding the whole text. */
    private static long decodeElement(XMLStreamReader r, OutputStream out) throws XMLStreamException, IOException {
        Base64.Decoder decoder = Base64.getDecoder();
        char[] chars = new char[64 * 1024];
        byte[] group = new byte[64 * 1024 + 4];
        byte[] decodedBlock = new byte[group.length];
        int pending = 0;
        long total = 0;
        while (r.next() != XMLStreamConstants.END_ELEMENT) {
            if (r.getEventType() != XMLStreamConstants.CHARACTERS) {
                continue;
            }
            int offset = 0;
            int copied;
            while ((copied = r.getTextCharacters(offset, chars, 0, chars.length)) > 0) {
                offset += copied;
                for (int i = 0; i < copied; i++) {
                    char c = chars[i];
                    if (c > ' ') {
                        group[pending++] = (byte) c;
                    }
                }
                int whole = pending - pending % 4;
                if (whole > 0) {
                    int n = decoder.decode(Arrays.copyOf(group, whole), decodedBlock);
                    out.write(decodedBlock, 0, n);
                    total += n;
                    System.arraycopy(group, whole, group, 0, pending - whole);
                    pending -= whole;
                }
                if (copied < chars.length) {
                    break;
                }
            }
        }
        if (pending != 0) {
            throw new IOException("Truncated base64 attachment");
        }
        return total;
    }
}
