package io.github.egovsdk.vneid.internal.chip;

/** ICAO 9303 Part 10 tags of the LDS1 elementary files: EF.COM 60, EF.SOD 77, DG1–DG16. */
public final class LdsTags {
    public static final int COM = 0x60;
    public static final int SOD = 0x77;
    private static final int[] DG_TAGS = {
        0x61, 0x75, 0x63, 0x76, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70
    };

    private LdsTags() {}

    /** The tag of DG{@code n} (1–16). */
    public static int dataGroupTag(int n) {
        if (n < 1 || n > 16) {
            throw new IllegalArgumentException("Data group numbers are 1–16, got " + n);
        }
        return DG_TAGS[n - 1];
    }

    /** The data-group number of a tag, or -1 when the tag is not a DG tag. */
    public static int dataGroupNumber(int tag) {
        for (int i = 0; i < DG_TAGS.length; i++) {
            if (DG_TAGS[i] == tag) {
                return i + 1;
            }
        }
        return -1;
    }
}
