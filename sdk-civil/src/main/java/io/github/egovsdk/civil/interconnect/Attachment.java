package io.github.egovsdk.civil.interconnect;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A file attached to an interconnected dossier ({@code fileDinhKem}): id, document type code ({@code loaiGiayTo},
 * code list unpublished), the document's name (tên giấy tờ — it becomes the dossier component's name), the file name,
 * whether it was cancelled ({@code huyGiayTo ≠ 0}: such files are never forwarded to the ministry) and the decoded
 * bytes (sent base64 in {@code duLieuTepDinhKem}).
 */
public final class Attachment {
    private final long id;
    private final Integer documentType;
    private final String documentName;
    private final String fileName;
    private final boolean cancelled;
    private final byte[] content;

    public Attachment(
            long id, Integer documentType, String documentName, String fileName, boolean cancelled, byte[] content) {
        this.id = id;
        this.documentType = documentType;
        this.documentName = documentName;
        this.fileName = fileName;
        this.cancelled = cancelled;
        this.content = Objects.requireNonNull(content, "content").clone();
    }

    public long id() {
        return id;
    }

    /** loại giấy tờ; null when not sent. */
    public Integer documentType() {
        return documentType;
    }

    /** tên giấy tờ. */
    public String documentName() {
        return documentName;
    }

    /** tên tệp đính kèm. */
    public String fileName() {
        return fileName;
    }

    /** huỷ giấy tờ: a cancelled file is kept for the record but never forwarded. */
    public boolean cancelled() {
        return cancelled;
    }

    /** A copy of the file's bytes. */
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    /** SHA-256 of the bytes, lower-case hex. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "Attachment[id=" + id + ", file=" + fileName + ", size=" + content.length + ", cancelled=" + cancelled
                + "]";
    }
}
