package io.github.egovsdk.signature.pdf;

import java.util.List;

/**
 * Where and how a signature shows on the page (Decree 30/2020/NĐ-CP, Annex I): the signer's signature image
 * (transparent PNG) in a rectangle, the agency seal image over it, or — for copies and appendices — text only at the
 * top right of page 1 (agency, time in ISO 8601). Coordinates in PDF points from the page's bottom-left corner.
 *
 * @param page   1-based page number
 * @param x      left
 * @param y      bottom
 * @param width  width
 * @param height height
 * @param image  PNG bytes (signature or seal image), or null for text only
 * @param lines  text lines, drawn with an embedded font with full Vietnamese glyphs
 */
public record VisibleSignature(
        int page, float x, float y, float width, float height, byte[] image, List<String> lines) {

    public VisibleSignature {
        if (page < 1 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A visible signature needs a page >= 1 and a positive size");
        }
        image = image == null ? null : image.clone();
        lines = List.copyOf(lines);
    }

    /** A signer's (or seal's) image with text lines beside it. */
    public static VisibleSignature withImage(
            int page, float x, float y, float width, float height, byte[] png, List<String> lines) {
        return new VisibleSignature(page, x, y, width, height, png, lines);
    }

    /** Text only: the copy / appendix signature of the issuing agency, top right of page 1 (A4 by default). */
    public static VisibleSignature copyStamp(String agency, String isoTime) {
        return new VisibleSignature(
                1, 595 - 36 - 220, 842 - 36 - 48, 220, 48, null, List.of(agency, "Thời gian ký: " + isoTime));
    }

    @Override
    public byte[] image() {
        return image == null ? null : image.clone();
    }
}
