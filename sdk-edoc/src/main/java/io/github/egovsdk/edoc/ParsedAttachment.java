package io.github.egovsdk.edoc;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * An attachment as read from a message: its metadata, and the size and SHA-256 of the content delivered — the bytes
 * the sender attached, whatever their type. The content itself went to a file while reading, or was only hashed — it
 * is never held in memory.
 *
 * <p>The official SDK sends most file types inside a zip wrapper of one entry labelled {@code application/zip}; such
 * a wrapper is recognised only when unambiguous (see {@link EdxmlReader.Builder#unwrapZippedAttachments}) and, by
 * default, its entry is delivered instead of the zip. Office files (.docx, .xlsx, .odt) are zips themselves and are
 * always delivered byte for byte.
 *
 * @param contentId           without the {@code cid:} prefix
 * @param name                {@code AttachmentName} exactly as written (the file on disk may carry a shortened or
 *                            sanitised name, see {@link #file})
 * @param contentType         the Attachment's {@code ContentType} as written
 * @param manifestContentType the Manifest's {@code ContentType} for the same id (may differ in real files); may be null
 * @param description         may be null
 * @param size                bytes delivered (the wrapper's entry when unwrapped)
 * @param sha256              lower-case hex of the bytes delivered
 * @param zipped              the payload is an official-SDK zip wrapper (when read without unwrapping and without a
 *                            folder, judged from its labels and magic bytes only, the payload not being kept)
 * @param unwrapped           the wrapper's entry was delivered instead of the zip
 * @param file                where the content was written, under a safe file name, if to a folder
 * @param transferSize        bytes carried in the message (the wrapper itself when zipped)
 * @param transferSha256      lower-case hex of the bytes carried in the message
 * @param wrappedEntryName    the wrapper's entry name (the official SDK writes {@code {uuid}.{ext}}), or null
 */
public record ParsedAttachment(
        String contentId,
        String name,
        String contentType,
        String manifestContentType,
        String description,
        long size,
        String sha256,
        boolean zipped,
        boolean unwrapped,
        Path file,
        long transferSize,
        String transferSha256,
        String wrappedEntryName) {

    public Optional<Path> contentFile() {
        return Optional.ofNullable(file);
    }

    /**
     * The media type of the bytes delivered: the Attachment's ContentType, except for an unwrapped zip, whose
     * {@code application/zip} label describes the wrapper — then the Manifest's type when it names something else,
     * otherwise the standard type for the name's extension.
     */
    public String deliveredContentType() {
        if (!unwrapped) {
            return contentType;
        }
        if (manifestContentType != null
                && !manifestContentType.toLowerCase(Locale.ROOT).startsWith("application/zip")) {
            return manifestContentType;
        }
        return Attachment.mediaType(name == null ? "" : name);
    }
}
