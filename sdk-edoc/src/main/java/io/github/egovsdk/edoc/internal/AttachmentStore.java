package io.github.egovsdk.edoc.internal;

import io.github.egovsdk.edoc.ParsedAttachment;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Where decoded attachments go while a message is read: a temporary file per attachment (hashed as it is written),
 * then renamed under its sanitised name, unwrapped from an official-SDK zip, or deleted when only the hash is wanted.
 * On failure every file written is removed, so nothing half-written is left.
 */
public final class AttachmentStore {
    private final Path directory;
    private final boolean keep;
    private final boolean unwrap;
    private final Map<HeaderNode, Decoded> decoded = new IdentityHashMap<>();
    private final List<ParsedAttachment> results = new ArrayList<>();
    private final List<Path> written = new ArrayList<>();

    private record Decoded(Path file, long size, String sha256, boolean zipMagic) {
    }

    public AttachmentStore(Path directory, boolean keep, boolean unwrap) {
        this.directory = directory;
        this.keep = keep;
        this.unwrap = unwrap;
    }

    /** Decodes the current element's base64 text (up to its END_ELEMENT) into a temporary file. */
    public void decode(XMLStreamReader r, HeaderNode attachment) throws XMLStreamException, IOException {
        // Only hashed when neither kept nor unwrapped: no file is written at all.
        Path tmp = null;
        if (keep || unwrap) {
            Path dir = directory != null ? Files.createDirectories(directory) : null;
            tmp = dir != null ? Files.createTempFile(dir, ".edxml-attachment", ".part")
                    : Files.createTempFile("edxml-attachment", ".part");
            written.add(tmp);
        }
        MessageDigest sha = sha256();
        Base64Sink sink;
        OutputStream target = tmp == null ? OutputStream.nullOutputStream()
                : new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
        try (OutputStream out = new DigestOutputStream(target, sha)) {
            sink = new Base64Sink(out);
            char[] chars = new char[1 << 16];
            int event;
            while ((event = r.next()) != XMLStreamConstants.END_ELEMENT) {
                if (event != XMLStreamConstants.CHARACTERS && event != XMLStreamConstants.CDATA) {
                    continue;
                }
                int offset = 0;
                int n;
                while ((n = r.getTextCharacters(offset, chars, 0, chars.length)) > 0) {
                    sink.accept(chars, 0, n);
                    offset += n;
                    if (n < chars.length) {
                        break;
                    }
                }
            }
            sink.finish();
        }
        decoded.put(attachment, new Decoded(tmp, sink.written(), HexFormat.of().formatHex(sha.digest()),
                sink.startsWithZipMagic()));
    }

    /** Called at the end of an {@code Attachment} element, when its name and type are known. */
    public void finish(HeaderNode attachment) throws IOException {
        Decoded d = decoded.remove(attachment);
        String contentId = HeaderMapper.stripCid(attachment.text("ContentId"));
        String name = attachment.text("AttachmentName");
        String type = attachment.text("ContentType");
        String description = attachment.text("Description");
        if (d == null) {
            results.add(new ParsedAttachment(contentId, name, type, null, description, 0, HexFormat.of().formatHex(
                    sha256().digest()), false, false, null));
            return;
        }
        boolean zipped = d.zipMagic() && !(name != null && name.toLowerCase(Locale.ROOT).endsWith(".zip"));
        Path file = d.file();
        if (file == null) {
            results.add(new ParsedAttachment(contentId, name, type, null, description, d.size(), d.sha256(), zipped,
                    false, null));
            return;
        }
        long size = d.size();
        String hash = d.sha256();
        boolean unwrapped = false;
        if (zipped && unwrap) {
            Path inner = Files.createTempFile(file.getParent(), ".edxml-entry", ".part");
            written.add(inner);
            MessageDigest sha = sha256();
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                ZipEntry entry = zip.getNextEntry();
                if (entry != null) {
                    try (InputStream in = new DigestInputStream(zip, sha); OutputStream out = Files.newOutputStream(inner)) {
                        size = in.transferTo(out);
                    }
                    hash = HexFormat.of().formatHex(sha.digest());
                    unwrapped = true;
                }
            }
            if (unwrapped) {
                Files.delete(file);
                file = inner;
            } else {
                Files.delete(inner);
            }
        }
        Path kept = null;
        if (keep) {
            kept = unique(directory.resolve(safeName(name, contentId)));
            Files.move(file, kept, StandardCopyOption.ATOMIC_MOVE);
            written.add(kept);
        } else {
            Files.deleteIfExists(file);
        }
        results.add(new ParsedAttachment(contentId, name, type, null, description, size, hash, zipped, unwrapped,
                kept));
    }

    public List<ParsedAttachment> results() {
        return results;
    }

    /** Removes every file this read wrote (on failure). */
    public void discardAll() {
        for (Path p : written) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort
            }
        }
        for (Decoded d : decoded.values()) {
            if (d.file() == null) {
                continue;
            }
            try {
                Files.deleteIfExists(d.file());
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    /** A file name without directories, control characters or leading dots. */
    static String safeName(String name, String contentId) {
        String base = name == null || name.isBlank() ? "attachment-" + (contentId == null ? "1" : contentId) : name;
        base = base.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_");
        while (base.startsWith(".")) {
            base = base.substring(1);
        }
        return base.isBlank() ? "attachment" : base;
    }

    private static Path unique(Path target) {
        if (!Files.exists(target)) {
            return target;
        }
        String n = target.getFileName().toString();
        int dot = n.lastIndexOf('.');
        for (int i = 2; ; i++) {
            Path p = target.resolveSibling(dot > 0 ? n.substring(0, dot) + "-" + i + n.substring(dot) : n + "-" + i);
            if (!Files.exists(p)) {
                return p;
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
