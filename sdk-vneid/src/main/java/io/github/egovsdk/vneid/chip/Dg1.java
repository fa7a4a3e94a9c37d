package io.github.egovsdk.vneid.chip;

import io.github.egovsdk.vneid.card.Mrz;
import io.github.egovsdk.vneid.internal.chip.LdsTags;
import io.github.egovsdk.vneid.internal.chip.Tlv;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;

/**
 * DG1 (FID 0101, tag 61): the machine-readable zone stored on the chip (tag 5F1F), read with the card's {@link Mrz}
 * parser (TD1, 3 × 30 characters, Vietnamese line-1 layout). Basic personal data: {@link #toString()} is masked.
 *
 * @param mrz the parsed MRZ; {@link Mrz#valid()} says whether every check digit is correct
 */
public record Dg1(@NotNull Mrz mrz) {
    private static final String FILE = "DG1";
    private static final int TD1_LENGTH = 90;

    /** Parses DG1 as read from the chip (the full TLV starting with tag 61); only TD1 (ID cards) is accepted. */
    public static Dg1 parse(byte[] encoded) {
        Tlv dg1 = Tlv.parse(FILE, encoded, LdsTags.dataGroupTag(1));
        byte[] raw = dg1.require(0x5F1F, "MRZ data element").value();
        if (raw.length != TD1_LENGTH) {
            throw Tlv.error(
                    FILE,
                    "MRZ_LENGTH",
                    "the MRZ has " + raw.length + " characters, a TD1 card has 90",
                    "MRZ có " + raw.length + " ký tự, thẻ TD1 có 90 ký tự");
        }
        for (byte b : raw) {
            if (!(b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b == '<')) {
                throw Tlv.error(
                        FILE,
                        "MRZ_CHARACTERS",
                        "the MRZ holds a character other than 0–9, A–Z and <",
                        "MRZ chứa ký tự ngoài 0–9, A–Z và <");
            }
        }
        String s = new String(raw, StandardCharsets.US_ASCII);
        return new Dg1(Mrz.parse(s.substring(0, 30), s.substring(30, 60), s.substring(60, 90)));
    }

    @Override
    public String toString() {
        return "Dg1[" + mrz + "]";
    }
}
