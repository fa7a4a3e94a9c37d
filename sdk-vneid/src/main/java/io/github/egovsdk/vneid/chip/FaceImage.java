package io.github.egovsdk.vneid.chip;

import java.util.Arrays;
import java.util.Objects;

/**
 * A face image from DG2 (ảnh chân dung). <b>Sensitive</b> personal data (biometric, Decree 13/2023/NĐ-CP and Law
 * 91/2025/QH15): the SDK never logs, caches or prints it — {@link #toString()} shows only the format, size and
 * dimensions; {@link #bytes()} returns a copy on explicit request; call {@link #wipe()} when done with this object.
 */
public final class FaceImage {
    /** Image encoding, from the ISO/IEC 19794-5 header and checked against the image's own magic bytes. */
    public enum Format {
        JPEG,
        JPEG2000,
        UNKNOWN
    }

    private final Format format;
    private final int width;
    private final int height;
    private final byte[] bytes;

    /**
     * @param format image encoding
     * @param width  pixels, 0 when unknown
     * @param height pixels, 0 when unknown
     * @param bytes  the encoded image (copied)
     */
    public FaceImage(Format format, int width, int height, byte[] bytes) {
        this.format = Objects.requireNonNull(format, "format");
        this.width = width;
        this.height = height;
        this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    public Format format() {
        return format;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int size() {
        return bytes.length;
    }

    /** A copy of the encoded image. Sensitive: do not log, store only with the data subject's consent. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The format given by the image's magic bytes (JPEG {@code FF D8 FF}; JPEG 2000 JP2 box or codestream). */
    public static Format sniff(byte[] image) {
        if (image.length >= 3 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8 && (image[2] & 0xFF) == 0xFF) {
            return Format.JPEG;
        }
        byte[] jp2 = {0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, (byte) 0x87, 0x0A};
        if (image.length >= jp2.length && Arrays.equals(image, 0, jp2.length, jp2, 0, jp2.length)) {
            return Format.JPEG2000;
        }
        if (image.length >= 4
                && (image[0] & 0xFF) == 0xFF
                && (image[1] & 0xFF) == 0x4F
                && (image[2] & 0xFF) == 0xFF
                && (image[3] & 0xFF) == 0x51) {
            return Format.JPEG2000;
        }
        return Format.UNKNOWN;
    }

    /** Overwrites the held bytes with zeros (best effort: earlier copies from {@link #bytes()} are the caller's). */
    public void wipe() {
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public String toString() {
        return "FaceImage[" + format + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
    }
}
