package io.github.egovsdk.edoc;

import io.github.egovsdk.core.EgovClientException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A file attached to a document (tệp đính kèm). Its content is streamed from a file or a stream supplier when the
 * message is written — never required as a byte array.
 */
public final class Attachment {
    /** Opens the content; called once per write. */
    @FunctionalInterface
    public interface ContentSource {
        InputStream open() throws IOException;
    }

    private final String contentId;
    private final String name;
    private final String contentType;
    private final String description;
    private final ContentSource source;

    private Attachment(String contentId, String name, String contentType, String description, ContentSource source) {
        if (name == null || name.isBlank()) {
            throw new EgovClientException("Attachment name is required / Tên tệp đính kèm là bắt buộc");
        }
        this.contentId = Objects.requireNonNull(contentId, "contentId");
        this.name = name;
        this.contentType = contentType == null ? mediaType(name) : contentType;
        this.description = description;
        this.source = Objects.requireNonNull(source, "source");
    }

    /** A file from disk, with its standard media type from the extension. */
    public static Attachment ofFile(String contentId, Path file) {
        if (!Files.isReadable(file)) {
            throw new EgovClientException("Attachment file is not readable: " + file);
        }
        return new Attachment(contentId, file.getFileName().toString(), null, null, () -> Files.newInputStream(file));
    }

    public static Attachment of(
            String contentId, String name, String contentType, String description, ContentSource source) {
        return new Attachment(contentId, name, contentType, description, source);
    }

    /** Standard media types (not the official SDK's {@code application/doc}): the IANA media type of the extension. */
    public static String mediaType(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return switch (ext) {
            case "pdf" -> "application/pdf";
            case "doc" -> "application/msword";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xls" -> "application/vnd.ms-excel";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "ppt" -> "application/vnd.ms-powerpoint";
            case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            case "odt" -> "application/vnd.oasis.opendocument.text";
            case "ods" -> "application/vnd.oasis.opendocument.spreadsheet";
            case "odp" -> "application/vnd.oasis.opendocument.presentation";
            case "rtf" -> "application/rtf";
            case "zip" -> "application/zip";
            case "xml", "edxml" -> "application/xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "txt" -> "text/plain";
            case "p7s" -> "application/pkcs7-signature";
            default -> "application/octet-stream";
        };
    }

    public String contentId() {
        return contentId;
    }

    public String name() {
        return name;
    }

    public String contentType() {
        return contentType;
    }

    public String description() {
        return description;
    }

    public InputStream open() throws IOException {
        return source.open();
    }

    @Override
    public String toString() {
        return "Attachment[" + contentId + ", " + name + ", " + contentType + "]";
    }
}
