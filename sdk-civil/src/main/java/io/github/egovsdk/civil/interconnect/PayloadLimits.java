package io.github.egovsdk.civil.interconnect;

/**
 * Size bounds for decoding a DVCLT detail reply: the whole JSON (attachments are inside it, base64), the
 * {@code hoTich} XML string and one field's text. A payload above a bound is refused with
 * {@link io.github.egovsdk.civil.registration.PayloadFormatException} before it is parsed.
 */
public record PayloadLimits(int maxJsonBytes, int maxXmlChars, int maxFieldChars) {
    /** 64 MiB of JSON, 1 MiB of XML, 2,000 characters per field. */
    public static final PayloadLimits DEFAULT = new PayloadLimits(64 << 20, 1 << 20, 2000);

    public PayloadLimits {
        if (maxJsonBytes < 1 || maxXmlChars < 1 || maxFieldChars < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
