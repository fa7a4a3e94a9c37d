package io.github.egovsdk.edoc;

/**
 * Bounds applied when an attachment is unwrapped from the official SDK's zip wrapper (gói nén của SDK chính thức),
 * so that a small message cannot expand into gigabytes on disk (a zip bomb). Past any bound the read fails with
 * {@link AttachmentLimitException} and every file the read wrote is removed.
 *
 * @param maxUncompressedBytes largest content a wrapper may expand to
 * @param maxRatio             largest expansion ratio (content size / wrapper size), checked once the content is past
 *                             {@link #RATIO_FLOOR} bytes so that small, very compressible files pass; 100 is the
 *                             bound Apache POI applies to office files (its {@code ZipSecureFile} minimum inflate
 *                             ratio 0.01)
 * @param maxEntries           most entries a zip labelled as a wrapper may list before it is refused unread (the
 *                             official wrapper has one; several entries mean it is not a wrapper and it is delivered
 *                             as sent)
 */
public record UnzipLimits(long maxUncompressedBytes, int maxRatio, int maxEntries) {
    /** Below this many bytes of content the ratio is not checked. */
    public static final long RATIO_FLOOR = 1L << 20;

    /** 1 GiB of content, ratio 100, 1,000 entries. */
    public static final UnzipLimits DEFAULT = new UnzipLimits(1L << 30, 100, 1_000);

    public UnzipLimits {
        if (maxUncompressedBytes < 1 || maxRatio < 1 || maxEntries < 1) {
            throw new IllegalArgumentException("Unzip limits must be positive");
        }
    }
}
