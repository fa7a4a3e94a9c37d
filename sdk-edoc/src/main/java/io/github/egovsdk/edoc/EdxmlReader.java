package io.github.egovsdk.edoc;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.observation.EgovObservations;
import io.github.egovsdk.core.observation.ObservationContext;
import io.github.egovsdk.core.xml.SecureXml;
import io.github.egovsdk.core.xml.XmlLimits;
import io.github.egovsdk.core.xml.XmlSecurityException;
import io.github.egovsdk.edoc.internal.AttachmentStore;
import io.github.egovsdk.edoc.internal.HeaderMapper;
import io.github.egovsdk.edoc.internal.HeaderNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads edXML messages in one streaming pass: the header into a small tree (order-insensitive, matched by local
 * name, QCVN namespace or none), attachments decoded chunk by chunk to files or discarded after hashing — never held
 * whole. Safe by default: no DTD or external entities, bounded depth and text nodes (attachment payloads excepted).
 * Real-world deviations become {@link ParsedEdxml#warnings()}; only malformed or unsafe XML fails, with
 * {@link XmlSecurityException} (line and column) or {@link EdxmlFormatException} — {@link AttachmentLimitException}
 * when a zipped attachment would expand past the {@link UnzipLimits}. A failed read leaves no file behind.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>Example:
 * <pre>{@code
 * ParsedEdxml message = EdxmlReader.builder().attachmentDirectory(Path.of("attachments")).build().read(file);
 * message.from(); message.subject(); message.warnings();     // deviations from the standard layout, if any
 * for (ParsedAttachment a : message.attachments()) {
 *     a.name(); a.size(); a.sha256(); a.file();              // the file as attached, byte for byte
 * }
 * }</pre>
 */
public final class EdxmlReader {
    private static final XMLInputFactory FACTORY = SecureXml.newXMLInputFactory();
    private final XmlLimits limits;
    private final Path attachmentDirectory;
    private final boolean keepAttachments;
    private final boolean unwrapZip;
    private final UnzipLimits unzipLimits;

    private EdxmlReader(Builder b) {
        this.limits = b.limits;
        this.attachmentDirectory = b.attachmentDirectory;
        this.keepAttachments = b.keepAttachments;
        this.unwrapZip = b.unwrapZip;
        this.unzipLimits = b.unzipLimits;
    }

    private static final ObservationContext OBSERVED =
            ObservationContext.of(ObservationContext.EDXML_PARSE, "EdxmlReader", "read");

    public static Builder builder() {
        return new Builder();
    }

    /** Reads a file; a message with an undeclared {@code xlink:} prefix is read again with it declared (warning). */
    public ParsedEdxml read(Path file) {
        return EgovObservations.observe(OBSERVED, () -> readFile(file));
    }

    private ParsedEdxml readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, List.of());
        } catch (XmlSecurityException e) {
            if (e.getMessage().contains("xlink")) {
                try (InputStream in = new XlinkDeclaringStream(Files.newInputStream(file))) {
                    return read(in, List.of("Undeclared xlink: prefix; read again with it declared"));
                } catch (IOException io) {
                    throw new EgovClientException("Cannot read " + file + ": " + io.getMessage(), io);
                }
            }
            throw e;
        } catch (IOException e) {
            throw new EgovClientException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public ParsedEdxml read(InputStream in) {
        return EgovObservations.observe(OBSERVED, () -> read(in, List.of()));
    }

    private ParsedEdxml read(InputStream in, List<String> initialWarnings) {
        AttachmentStore store = new AttachmentStore(attachmentDirectory, keepAttachments, unwrapZip, unzipLimits);
        boolean ok = false;
        try {
            XMLStreamReader r = SecureXml.newXMLStreamReader(FACTORY, in);
            HeaderNode root = null;
            Deque<HeaderNode> stack = new ArrayDeque<>();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (stack.size() >= limits.maxDepth()) {
                        throw new XmlSecurityException(
                                "XML nested deeper than " + limits.maxDepth() + " levels",
                                r.getLocation().getLineNumber(),
                                r.getLocation().getColumnNumber(),
                                null);
                    }
                    HeaderNode node = new HeaderNode(r.getLocalName(), r.getNamespaceURI());
                    if (stack.isEmpty()) {
                        root = node;
                    } else {
                        HeaderMapper.addChild(stack.peek(), node);
                    }
                    if (node.name().equals("ContentTransferEncoded")) {
                        store.decode(r, stack.peek());
                        continue; // decode() consumed the END_ELEMENT
                    }
                    stack.push(node);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    HeaderNode closed = stack.pop();
                    if (closed.name().equals("Attachment")) {
                        store.finish(closed);
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && !stack.isEmpty()) {
                    HeaderMapper.appendText(
                            stack.peek(),
                            r.getTextCharacters(),
                            r.getTextStart(),
                            r.getTextLength(),
                            limits.maxTextLength(),
                            r.getLocation());
                }
            }
            if (root == null || !root.name().equals("edXML")) {
                throw new EdxmlFormatException("Not an edXML message: the root element is "
                        + (root == null ? "missing" : "'" + root.name() + "'") + ", expected 'edXML'");
            }
            List<String> warnings = new ArrayList<>(initialWarnings);
            warnings.addAll(store.warnings());
            ParsedEdxml parsed = HeaderMapper.map(root, store.results(), warnings);
            ok = true;
            return parsed;
        } catch (XMLStreamException e) {
            throw SecureXml.fromStax(e);
        } catch (IOException e) {
            throw new EdxmlFormatException("Cannot read the message or store an attachment: " + e.getMessage(), e);
        } finally {
            if (!ok) {
                store.discardAll();
            }
        }
    }

    /** Builder of {@link EdxmlReader}. */
    public static final class Builder {
        private XmlLimits limits = new XmlLimits(64, 4 << 20, 64, 0);
        private Path attachmentDirectory;
        private boolean keepAttachments;
        private boolean unwrapZip = true;
        private UnzipLimits unzipLimits = UnzipLimits.DEFAULT;

        private Builder() {}

        /** Depth and text-node limits (attachment payloads are streamed and not limited). */
        public Builder limits(XmlLimits limits) {
            this.limits = Objects.requireNonNull(limits);
            return this;
        }

        /**
         * Write attachments into this folder (created if needed). File names are made safe — one path segment, no
         * reserved characters or device names, at most 255 UTF-8 bytes with the extension kept, {@code -2},
         * {@code -3}… for duplicates — while {@link ParsedAttachment#name()} keeps the name as written.
         */
        public Builder attachmentDirectory(Path directory) {
            this.attachmentDirectory = directory;
            this.keepAttachments = true;
            return this;
        }

        /**
         * Whether to deliver the entry of an official-SDK zip wrapper instead of the zip (default {@code true}), so
         * that the recipient gets the file the sender attached. A payload is a wrapper only when unambiguous: the
         * Attachment's ContentType is {@code application/zip}, the name does not end in {@code .zip}, and the bytes
         * are a zip of exactly one file whose local and central headers agree (the official SDK's rule, narrowed so
         * that .docx, .xlsx, .odt and real zips — zips themselves — are always delivered byte for byte). Sizes and
         * hashes are those of what is delivered, whether or not a folder is set.
         */
        public Builder unwrapZippedAttachments(boolean unwrap) {
            this.unwrapZip = unwrap;
            return this;
        }

        /** Bounds on unwrapping (zip bombs); {@link UnzipLimits#DEFAULT} unless set. */
        public Builder unzipLimits(UnzipLimits limits) {
            this.unzipLimits = Objects.requireNonNull(limits);
            return this;
        }

        public EdxmlReader build() {
            return new EdxmlReader(this);
        }
    }
}
