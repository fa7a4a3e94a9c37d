package io.github.egovsdk.edoc;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.LocalStorageException;
import io.github.egovsdk.core.observation.EgovObservations;
import io.github.egovsdk.core.observation.ObservationContext;
import io.github.egovsdk.edoc.internal.Base64Encoding;
import io.github.egovsdk.edoc.internal.EdxmlDates;
import io.github.egovsdk.edoc.internal.HeaderSigning;
import io.github.egovsdk.edoc.internal.XmlOut;
import io.github.egovsdk.signature.keys.SigningKey;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;

/**
 * Writes edXML messages in the namespace layout and element order of the official library (so existing receivers
 * accept them), streaming: attachments go from their source through a base64 encoder to the output, never held in
 * memory. Thread-safe and stateless apart from its options.
 *
 * <p>Example:
 * <pre>{@code
 * EdxmlWriter.Result written = EdxmlWriter.standard().write(doc, Path.of("cong-van.edxml"));
 * written.size(); written.sha256();     // attachments are base64-encoded while streaming, never held in memory
 * }</pre>
 */
public final class EdxmlWriter {
    private static final Set<String> SENT_AS_IS = Set.of("pdf", "doc", "docx", "xsl", "xslx", "zip");
    private final boolean officialZipRule;
    private final SigningKey headerKey;

    private EdxmlWriter(boolean officialZipRule, SigningKey headerKey) {
        this.officialZipRule = officialZipRule;
        this.headerKey = headerKey;
    }

    /** Attachments keep their true content type (the default). */
    public static EdxmlWriter standard() {
        return new EdxmlWriter(false, null);
    }

    /**
     * A writer that also puts an enveloped XML-DSig {@code Signature} over the header (RSA/ECDSA with SHA-256,
     * exclusive C14N, real XML-DSig namespace), verifiable with {@link EdxmlVerifier}. The signature is
     * <em>informational</em>: the axis re-serialises messages, so it does not survive transit (reference §9);
     * legally binding signatures belong on the attached files (PAdES, Decree 30/2020).
     */
    public EdxmlWriter withHeaderSignature(SigningKey key) {
        return new EdxmlWriter(officialZipRule, Objects.requireNonNull(key, "key"));
    }

    /**
     * Reproduces the official SDK's rule for receivers that expect it: any file whose extension is not pdf, doc,
     * docx, xsl, xslx or zip is sent zipped (one entry), with both content types {@code application/zip}.
     */
    public static EdxmlWriter withOfficialZipRule() {
        return new EdxmlWriter(true, null);
    }

    /** What was written: size and SHA-256 (lower-case hex) of the bytes. */
    public record Result(long size, String sha256) {}

    /** Writes to a file atomically (a temporary sibling renamed on success): no half-written message is left. */
    public Result write(EdocDocument document, Path file) {
        return atomically(file, out -> write(document, out));
    }

    public Result write(StatusMessage status, Path file) {
        return atomically(file, out -> write(status, out));
    }

    public Result write(EdocDocument document, OutputStream out) {
        return hashing(out, xml -> {
            xml.startDocument();
            openEnvelope(xml);
            header(xml, h -> {
                h.open("edXML", "MessageHeader");
                EdxmlHeaderWriter.documentHeader(h, document);
                h.close();
                EdxmlHeaderWriter.traceHeaderList(h, document);
            });
            xml.open("edXML", "edXMLBody");
            xml.open("edXML", "edXMLManifest");
            xml.attribute("version", "1.0");
            for (Attachment a : document.attachments()) {
                xml.open("edXML", "Reference");
                xml.text("edXML", "ContentId", "cid:" + a.contentId());
                xml.text("edXML", "ContentType", contentType(a));
                xml.text("edXML", "Description", a.description());
                xml.text("edXML", "AttachmentName", a.name());
                xml.close();
            }
            xml.close();
            xml.close(); // edXMLBody
            xml.close(); // edXMLEnvelope
            if (!document.attachments().isEmpty()) {
                xml.open(null, "AttachmentEncoded");
                for (Attachment a : document.attachments()) {
                    writeAttachment(xml, a);
                }
                xml.close();
            }
            xml.close(); // edXML
            xml.endDocument();
        });
    }

    public Result write(StatusMessage status, OutputStream out) {
        return hashing(out, xml -> {
            xml.startDocument();
            openEnvelope(xml);
            header(xml, h -> {
                h.open("edXML", "MessageHeader");
                EdxmlHeaderWriter.organization(h, "From", status.from());
                EdxmlHeaderWriter.responseFor(h, status.responseFor());
                EdxmlHeaderWriter.staffInfo(h, status.staffInfo());
                h.text("edXML", "StatusCode", status.statusCode());
                h.text("edXML", "Description", status.description());
                h.text("edXML", "Timestamp", EdxmlDates.formatDateTime(status.timestamp()));
                h.close();
            });
            xml.close(); // edXMLEnvelope
            xml.close(); // edXML
            xml.endDocument();
        });
    }

    private static void openEnvelope(XmlOut xml) throws XMLStreamException {
        xml.open(null, "edXML");
        xml.namespace(null);
        xml.open("edXML", "edXMLEnvelope");
        xml.namespace("edXML");
    }

    /** The {@code edXMLHeader} with its children, signed when a header key is set. */
    private void header(XmlOut xml, HeaderSigning.HeaderContent content) throws XMLStreamException, IOException {
        if (headerKey == null) {
            xml.open("edXML", "edXMLHeader");
            content.write(xml);
            xml.close();
        } else {
            xml.verbatim(HeaderSigning.signedHeader(content, headerKey));
        }
    }

    private boolean zipped(Attachment a) {
        if (!officialZipRule) {
            return false;
        }
        String n = a.name();
        int dot = n.lastIndexOf('.');
        return !SENT_AS_IS.contains(dot < 0 ? "" : n.substring(dot + 1));
    }

    private String contentType(Attachment a) {
        return zipped(a) ? "application/zip" : a.contentType();
    }

    private void writeAttachment(XmlOut xml, Attachment a) throws XMLStreamException, IOException {
        xml.open(null, "Attachment");
        xml.text(null, "ContentId", "cid:" + a.contentId());
        xml.text(null, "AttachmentName", a.name());
        xml.text(null, "Description", a.description());
        xml.text(null, "ContentType", contentType(a));
        OutputStream raw = xml.openRaw("edXML", "ContentTransferEncoded", true);
        Base64Encoding base64 = new Base64Encoding(raw);
        try (InputStream in = a.open()) {
            if (zipped(a)) {
                String n = a.name();
                String ext = n.lastIndexOf('.') < 0
                        ? ""
                        : n.substring(n.lastIndexOf('.')).toLowerCase(Locale.ROOT);
                try (ZipOutputStream zip = new ZipOutputStream(base64)) {
                    zip.putNextEntry(new ZipEntry(UUID.randomUUID() + ext));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            } else {
                base64.transferFrom(in);
                base64.close(); // writes the final padding; the raw stream stays open
            }
        }
        xml.closeRaw();
        xml.close();
    }

    @FunctionalInterface
    private interface Body {
        void write(XmlOut xml) throws XMLStreamException, IOException;
    }

    private static final ObservationContext OBSERVED =
            ObservationContext.of(ObservationContext.EDXML_BUILD, "EdxmlWriter", "write");

    private static Result hashing(OutputStream out, Body body) {
        return EgovObservations.observe(OBSERVED, () -> hashingNow(out, body));
    }

    private static Result hashingNow(OutputStream out, Body body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            CountingStream counting = new CountingStream(new DigestOutputStream(new NonClosing(out), sha));
            OutputStream buffered = new BufferedOutputStream(counting, 64 * 1024);
            body.write(new XmlOut(buffered));
            buffered.flush();
            return new Result(counting.count, HexFormat.of().formatHex(sha.digest()));
        } catch (XMLStreamException e) {
            throw new EgovClientException("Cannot write edXML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new EgovClientException(
                    "Cannot write edXML (reading an attachment or writing the output failed): " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Result atomically(Path file, Function<OutputStream, Result> writer) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
            Result r;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                r = writer.apply(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return r;
        } catch (IOException e) {
            throw LocalStorageException.writing(file, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named .part
                }
            }
        }
    }

    /** Lets an encoder be closed (to flush its padding) without closing the XML output. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
