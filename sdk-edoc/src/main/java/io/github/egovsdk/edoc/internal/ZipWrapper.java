package io.github.egovsdk.edoc.internal;

import io.github.egovsdk.edoc.AttachmentLimitException;
import io.github.egovsdk.edoc.UnzipLimits;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The official SDK's zip wrapper, recognised only when unambiguous. That SDK zips every file whose extension is not in
 * its short list into a zip of one entry ({@code {uuid}.{ext}}) and labels it {@code application/zip}; on reading it
 * unzips when the ContentType is {@code application/zip} and the name does not end in {@code .zip}. Office files
 * (.docx, .xlsx, .odt) are zips too, so the magic bytes alone prove nothing: a payload is a wrapper only when the
 * Attachment's ContentType says {@code application/zip}, the name is not {@code .zip}, the bytes are a readable zip
 * whose central directory lists exactly one file, and the first local header names that same file (no data before
 * it, no disagreement between the two views of the archive).
 */
public final class ZipWrapper {
    private ZipWrapper() {}

    /** What the payload is. */
    public sealed interface Verdict permits Wrapper, NotWrapper {}

    /** A wrapper: its one entry's name. */
    public record Wrapper(String entryName) implements Verdict {}

    /** Not a wrapper, with why when it was labelled as one (a warning), or null when it never claimed to be. */
    public record NotWrapper(String reason) implements Verdict {}

    /** The entry's content, extracted. */
    public record Extracted(Path file, long size, String sha256) {}

    /** Whether the Attachment's labels claim a wrapper (before the bytes are looked at). */
    public static boolean labelledAsWrapper(String name, String contentType) {
        String type =
                contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        boolean zipName = name != null && name.strip().toLowerCase(Locale.ROOT).endsWith(".zip");
        return type.equals("application/zip") && !zipName;
    }

    /** Looks at a labelled payload's structure; refuses (typed) a directory listing more entries than the limit. */
    public static Verdict inspect(Path payload, String name, UnzipLimits limits) throws IOException {
        String entryName;
        try (ZipFile zip = new ZipFile(payload.toFile())) {
            int entries = zip.size();
            if (entries > limits.maxEntries()) {
                throw new AttachmentLimitException(
                        name,
                        "maxEntries",
                        "the zip lists " + entries + " entries, more than the limit of " + limits.maxEntries(),
                        "tệp nén có " + entries + " mục, vượt giới hạn " + limits.maxEntries());
            }
            if (entries != 1) {
                return new NotWrapper("labelled application/zip but the zip holds " + entries
                        + " entries, not the one of the official SDK's wrapper; delivered as sent");
            }
            ZipEntry only = zip.entries().nextElement();
            if (only.isDirectory()) {
                return new NotWrapper("labelled application/zip but its only entry is a folder; delivered as sent");
            }
            entryName = only.getName();
        } catch (ZipException | IllegalArgumentException e) {
            // IllegalArgumentException: the JDK's answer to an entry name that is not valid in its charset.
            return new NotWrapper(
                    "labelled application/zip but not a readable zip (" + e.getMessage() + "); delivered as sent");
        }
        try (ZipInputStream stream = new ZipInputStream(Files.newInputStream(payload))) {
            ZipEntry first = stream.getNextEntry();
            if (first == null || !first.getName().equals(entryName)) {
                return new NotWrapper("labelled application/zip but its local and central zip headers disagree;"
                        + " delivered as sent");
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            return new NotWrapper("labelled application/zip but its first zip entry is unreadable; delivered as sent");
        }
        return new Wrapper(entryName);
    }

    /**
     * Extracts the wrapper's entry next to it, bounded by the limits (typed error past them, the partial file deleted);
     * empty when the entry turns out to be corrupt (then the payload is delivered as sent).
     */
    public static Optional<Extracted> extract(Path payload, String name, UnzipLimits limits) throws IOException {
        long wrapperSize = Files.size(payload);
        Path target = Files.createTempFile(payload.getParent(), ".edxml-entry", ".part");
        boolean ok = false;
        try (ZipFile zip = new ZipFile(payload.toFile())) {
            ZipEntry entry = zip.entries().nextElement();
            if (entry.getSize() > limits.maxUncompressedBytes()) {
                throw tooLarge(name, limits);
            }
            MessageDigest sha = Sha256.newDigest();
            long size;
            try (InputStream in = zip.getInputStream(entry);
                    OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
                size = boundedCopy(in, out, name, wrapperSize, limits);
            }
            ok = true;
            return Optional.of(new Extracted(target, size, HexFormat.of().formatHex(sha.digest())));
        } catch (ZipException | EOFException | IllegalArgumentException corrupt) {
            return Optional.empty();
        } finally {
            if (!ok) {
                Files.deleteIfExists(target);
            }
        }
    }

    private static long boundedCopy(InputStream in, OutputStream out, String name, long wrapperSize, UnzipLimits limits)
            throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limits.maxUncompressedBytes()) {
                throw tooLarge(name, limits);
            }
            if (total > UnzipLimits.RATIO_FLOOR && total > (long) limits.maxRatio() * Math.max(wrapperSize, 1)) {
                throw new AttachmentLimitException(
                        name,
                        "maxRatio",
                        "the zip of " + wrapperSize + " bytes expands more than " + limits.maxRatio() + " times",
                        "tệp nén " + wrapperSize + " byte giải nén lớn hơn " + limits.maxRatio() + " lần");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static AttachmentLimitException tooLarge(String name, UnzipLimits limits) {
        return new AttachmentLimitException(
                name,
                "maxUncompressedBytes",
                "its content exceeds " + limits.maxUncompressedBytes() + " bytes",
                "nội dung vượt quá " + limits.maxUncompressedBytes() + " byte");
    }
}
