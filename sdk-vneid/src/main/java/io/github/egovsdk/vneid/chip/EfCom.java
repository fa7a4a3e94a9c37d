package io.github.egovsdk.vneid.chip;

import io.github.egovsdk.vneid.internal.chip.LdsTags;
import io.github.egovsdk.vneid.internal.chip.Tlv;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * EF.COM (FID 011E, tag 60): the LDS and Unicode versions and the list of data groups present on the chip
 * (ICAO 9303 Part 10). Not covered by the SOD: use it to know what to read, never as proof of anything.
 *
 * @param ldsVersion     tag 5F01, 4 digits {@code aabb} (e.g. {@code 0107} = LDS 1.7)
 * @param unicodeVersion tag 5F36, 6 digits {@code aabbcc} (e.g. {@code 040000} = Unicode 4.0.0)
 * @param dataGroups     data-group numbers from the tag list (tag 5C), in the chip's order
 */
public record EfCom(
        @NotNull @Pattern(regexp = "\\d{4}") String ldsVersion,
        @NotNull @Pattern(regexp = "\\d{6}") String unicodeVersion,
        @NotNull List<Integer> dataGroups) {
    private static final String FILE = "EF.COM";

    public EfCom {
        dataGroups = List.copyOf(dataGroups);
    }

    /** Parses EF.COM as read from the chip (the full TLV starting with tag 60). */
    public static EfCom parse(byte[] encoded) {
        Tlv com = Tlv.parse(FILE, encoded, LdsTags.COM);
        String lds = ascii(com.require(0x5F01, "LDS version").value());
        String unicode = ascii(com.require(0x5F36, "Unicode version").value());
        if (!lds.matches("\\d{4}")) {
            throw Tlv.error(FILE, "LDS_VERSION", "the LDS version is not 4 digits", "phiên bản LDS không gồm 4 chữ số");
        }
        if (!unicode.matches("\\d{6}")) {
            throw Tlv.error(
                    FILE,
                    "UNICODE_VERSION",
                    "the Unicode version is not 6 digits",
                    "phiên bản Unicode không gồm 6 chữ số");
        }
        List<Integer> groups = new ArrayList<>();
        for (byte b : com.require(0x5C, "tag list").value()) {
            int dg = LdsTags.dataGroupNumber(b & 0xFF);
            if (dg < 0) {
                throw Tlv.error(
                        FILE,
                        "TAG_LIST",
                        "0x" + Tlv.hex(b & 0xFF) + " in the tag list is not a data-group tag",
                        "0x" + Tlv.hex(b & 0xFF) + " trong danh sách thẻ không phải thẻ nhóm dữ liệu");
            }
            groups.add(dg);
        }
        return new EfCom(lds, unicode, groups);
    }

    /** {@code 1.7} for {@code 0107}. */
    public String ldsVersionText() {
        return Integer.parseInt(ldsVersion.substring(0, 2)) + "." + Integer.parseInt(ldsVersion.substring(2));
    }

    public boolean contains(int dataGroup) {
        return dataGroups.contains(dataGroup);
    }

    private static String ascii(byte[] b) {
        return new String(b, StandardCharsets.US_ASCII);
    }
}
