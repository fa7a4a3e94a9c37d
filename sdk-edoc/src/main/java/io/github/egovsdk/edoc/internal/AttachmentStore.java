package io.github.egovsdk.edoc.internal;

import io.github.egovsdk.edoc.ParsedAttachment;
import io.github.egovsdk.edoc.UnzipLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Where decoded attachments go while a message is read: a temporary file per attachment (hashed as it is written),
 * then unwrapped when it is an official-SDK zip wrapper ({@link ZipWrapper}, bounded by {@link UnzipLimits}) and
 * renamed under a safe name ({@link SafeFileNames}), or deleted when only the hash is wanted. On failure every file
 * written is removed (and the folder, if this read created it), so nothing half-written is left.
 */
public final class AttachmentStore {
    private static final String EMPTY_SHA256 =
            HexFormat.of().formatHex(Sha256.newDigest().digest());
    private final Path directory;
    private final boolean keep;
    private final boolean unwrap;
    private final UnzipLimits limits;
    private final Map<HeaderNode, Decoded> decoded = new IdentityHashMap<>();
    private final List<ParsedAttachment> results = new ArrayList<>();
    private final List<Path> written = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private boolean createdDirectory;

    private record Decoded(Path file, long size, String sha256, boolean zipMagic) {}

    public AttachmentStore(Path directory, boolean keep, boolean unwrap, UnzipLimits limits) {
        this.directory = directory;
        this.keep = keep;
        this.unwrap = unwrap;
        this.limits = limits;
    }

    /**
     * Decodes the current element's base64 text (up to its END_ELEMENT) into a temporary file or a hash. The text is
     * read where the parser holds it ({@code getTextCharacters()}), not copied out first.
     */
    public void decode(XMLStreamReader r, HeaderNode attachment) throws XMLStreamException, IOException {
        Path dir = directory();
        Path tmp = null;
        ZipSpool spool = null;
        OutputStream target;
        if (keep) {
            tmp = Files.createTempFile(dir, ".edxml-attachment", ".part");
            written.add(tmp);
            target = Files.newOutputStream(tmp); // the sink writes whole 48 KiB blocks: no buffer needed
        } else if (unwrap && mayBeWrapper(attachment)) {
            spool = new ZipSpool(dir);
            target = spool;
        } else {
            target = OutputStream.nullOutputStream();
        }
        MessageDigest sha = Sha256.newDigest();
        Base64Sink sink;
        try (OutputStream out = target) {
            sink = new Base64Sink(out, sha);
            int event;
            while ((event = r.next()) != XMLStreamConstants.END_ELEMENT) {
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    sink.accept(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                }
            }
            sink.finish();
        } finally {
            if (spool != null && spool.file() != null) {
                written.add(spool.file());
            }
        }
        Path file = spool != null ? spool.file() : tmp;
        decoded.put(
                attachment,
                new Decoded(file, sink.written(), HexFormat.of().formatHex(sha.digest()), sink.startsWithZipMagic()));
    }

    /** Labels not yet read (any child order is accepted) or labels of a wrapper: the payload must be looked at. */
    private static boolean mayBeWrapper(HeaderNode attachment) {
        String name = attachment.text("AttachmentName");
        String type = attachment.text("ContentType");
        return name == null || type == null || ZipWrapper.labelledAsWrapper(name, type);
    }

    /** Called at the end of an {@code Attachment} element, when its name and type are known. */
    public void finish(HeaderNode attachment) throws IOException {
        Decoded d = decoded.remove(attachment);
        String contentId = HeaderMapper.stripCid(attachment.text("ContentId"));
        String name = attachment.text("AttachmentName");
        String type = attachment.text("ContentType");
        String description = attachment.text("Description");
        if (d == null) {
            results.add(new ParsedAttachment(
                    contentId,
                    name,
                    type,
                    null,
                    description,
                    0,
                    EMPTY_SHA256,
                    false,
                    false,
                    null,
                    0,
                    EMPTY_SHA256,
                    null));
            return;
        }
        String entry = null;
        boolean labelled = d.zipMagic() && ZipWrapper.labelledAsWrapper(name, type);
        // Hash only, without unwrapping: nothing was spooled, so the labels and magic bytes are all there is.
        boolean wrapper = labelled && d.file() == null;
        if (labelled && d.file() != null) {
            ZipWrapper.Verdict verdict = ZipWrapper.inspect(d.file(), name, limits);
            if (verdict instanceof ZipWrapper.Wrapper w) {
                entry = w.entryName();
                wrapper = true;
            } else if (verdict instanceof ZipWrapper.NotWrapper n && n.reason() != null) {
                warnings.add("Attachment '" + name + "' " + n.reason());
            }
        }
        Path file = d.file();
        long size = d.size();
        String hash = d.sha256();
        boolean unwrapped = false;
        if (entry != null && unwrap) {
            Optional<ZipWrapper.Extracted> inner = ZipWrapper.extract(file, name, limits);
            if (inner.isPresent()) {
                written.add(inner.get().file());
                Files.delete(file);
                file = inner.get().file();
                size = inner.get().size();
                hash = inner.get().sha256();
                unwrapped = true;
            } else {
                warnings.add("Attachment '" + name + "': the zip wrapper's entry is corrupt; delivered as sent");
            }
        }
        Path kept = null;
        if (keep) {
            kept = SafeFileNames.reserve(directory, SafeFileNames.of(name, contentId));
            written.add(kept);
            Files.move(file, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else if (file != null) {
            Files.deleteIfExists(file);
        }
        results.add(new ParsedAttachment(
                contentId,
                name,
                type,
                null,
                description,
                size,
                hash,
                wrapper,
                unwrapped,
                kept,
                d.size(),
                d.sha256(),
                entry));
    }

    public List<ParsedAttachment> results() {
        return results;
    }

    /** Deviations found in the payloads (a zip labelled as the official wrapper that is not one, …). */
    public List<String> warnings() {
        return warnings;
    }

    /** Removes every file this read wrote, and the folder when this read created it (on failure). */
    public void discardAll() {
        List<Path> all = new ArrayList<>(written);
        decoded.values().stream().map(Decoded::file).filter(f -> f != null).forEach(all::add);
        for (Path p : all) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort: temporary names start with a dot and end in .part
            }
        }
        if (createdDirectory) {
            try {
                Files.deleteIfExists(directory);
            } catch (IOException notEmpty) {
                // someone else's files are in it: leave it
            }
        }
    }

    private Path directory() throws IOException {
        if (directory == null) {
            return null;
        }
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
            createdDirectory = true;
        }
        return directory;
    }
}
