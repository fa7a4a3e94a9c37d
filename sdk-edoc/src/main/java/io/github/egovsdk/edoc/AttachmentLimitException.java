package io.github.egovsdk.edoc;

/**
 * An attachment was refused because unwrapping it would pass one of the {@link UnzipLimits} (a zip bomb or an
 * oversized payload). Nothing the read wrote is left on disk.
 */
public class AttachmentLimitException extends EdxmlFormatException {
    private static final long serialVersionUID = 1L;
    private final String attachmentName;
    private final String limit;

    public AttachmentLimitException(String attachmentName, String limit, String english, String vietnamese) {
        super("Attachment '" + attachmentName + "' refused: " + english + " / Tệp đính kèm '" + attachmentName
                + "' bị từ chối: " + vietnamese);
        this.attachmentName = attachmentName;
        this.limit = limit;
    }

    /** The {@code AttachmentName} as written in the message. */
    public String attachmentName() {
        return attachmentName;
    }

    /** Which bound was passed: {@code maxUncompressedBytes}, {@code maxRatio} or {@code maxEntries}. */
    public String limit() {
        return limit;
    }
}
