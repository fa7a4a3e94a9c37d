package io.github.egovsdk.edoc;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An attachment as read from a message: its metadata, and the decoded content's size and SHA-256. The content itself
 * went to a file or to the caller's consumer while reading — it is never held in memory.
 *
 * @param contentId           without the {@code cid:} prefix
 * @param name                {@code AttachmentName}
 * @param contentType         the Attachment's {@code ContentType}
 * @param manifestContentType the Manifest's {@code ContentType} for the same id (may differ in real files); may be null
 * @param description         may be null
 * @param size                bytes delivered (after unwrapping a zip when that was asked)
 * @param sha256              lower-case hex of the bytes delivered
 * @param zipped              the payload was a zip wrapper of the official SDK (detected by its magic bytes)
 * @param unwrapped           the zip's first entry was delivered instead of the zip
 * @param file                where the content was written, if to a file
 */
public record ParsedAttachment(String contentId, String name, String contentType, String manifestContentType,
        String description, long size, String sha256, boolean zipped, boolean unwrapped, Path file) {

    public Optional<Path> contentFile() {
        return Optional.ofNullable(file);
    }
}
