package io.github.egovsdk.vneid.chip;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.vneid.internal.chip.LdsTags;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The elementary files exactly as an NFC reader returned them (each the full TLV: EF.COM, DG1…DG16, EF.SOD). Passive
 * authentication hashes these bytes, so keep them unmodified. Personal data: {@link #toString()} shows only which files
 * are present and their sizes. Immutable; arrays are copied in and out.
 */
public final class ChipFiles {
    private final byte[] com;
    private final byte[] sod;
    private final Map<Integer, byte[]> dataGroups;

    private ChipFiles(Builder b) {
        this.com = b.com;
        this.sod = b.sod;
        this.dataGroups = Collections.unmodifiableMap(new TreeMap<>(b.dataGroups));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** EF.COM, if read. */
    public Optional<byte[]> com() {
        return Optional.ofNullable(com).map(byte[]::clone);
    }

    /** EF.SOD, if read. */
    public Optional<byte[]> sod() {
        return Optional.ofNullable(sod).map(byte[]::clone);
    }

    /** DG{@code n}, if read. */
    public Optional<byte[]> dataGroup(int n) {
        return Optional.ofNullable(dataGroups.get(n)).map(byte[]::clone);
    }

    /** Numbers of the data groups read, ascending. */
    public Set<Integer> dataGroupNumbers() {
        return dataGroups.keySet();
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "ChipFiles[", "]");
        if (com != null) {
            j.add("EF.COM " + com.length + " B");
        }
        dataGroups.forEach((n, b) -> j.add("DG" + n + " " + b.length + " B"));
        if (sod != null) {
            j.add("EF.SOD " + sod.length + " B");
        }
        return j.toString();
    }

    /** Collects the files; each setter copies its array. */
    public static final class Builder {
        private byte[] com;
        private byte[] sod;
        private final Map<Integer, byte[]> dataGroups = new TreeMap<>();

        private Builder() {}

        public Builder com(byte[] encoded) {
            this.com = nonEmpty(encoded, "com").clone();
            return this;
        }

        public Builder sod(byte[] encoded) {
            this.sod = nonEmpty(encoded, "sod").clone();
            return this;
        }

        /** DG{@code n} (1–16) as read. */
        public Builder dataGroup(int n, byte[] encoded) {
            if (n < 1 || n > 16) {
                throw new ValidationException(
                        "chip files",
                        List.of(new Violation(
                                "dataGroup",
                                "Range",
                                "Data group numbers are 1–16, got " + n + " / Số nhóm dữ liệu là 1–16, nhận được " + n,
                                String.valueOf(n))));
            }
            dataGroups.put(n, nonEmpty(encoded, "dataGroup").clone());
            return this;
        }

        /** Any file, recognised by its first tag byte (60 EF.COM, 77 EF.SOD, 61/75/…/70 DG1–DG16). */
        public Builder add(byte[] encoded) {
            int tag = nonEmpty(encoded, "file")[0] & 0xFF;
            if (tag == LdsTags.COM) {
                return com(encoded);
            }
            if (tag == LdsTags.SOD) {
                return sod(encoded);
            }
            int dg = LdsTags.dataGroupNumber(tag);
            if (dg < 0) {
                throw new ValidationException(
                        "chip files",
                        List.of(new Violation(
                                "file",
                                "LdsTag",
                                "First byte 0x" + Integer.toHexString(tag) + " is not an LDS file tag / Byte đầu 0x"
                                        + Integer.toHexString(tag) + " không phải thẻ tệp LDS",
                                null)));
            }
            return dataGroup(dg, encoded);
        }

        public ChipFiles build() {
            return new ChipFiles(this);
        }

        private static byte[] nonEmpty(byte[] b, String field) {
            if (b == null || b.length == 0) {
                throw new ValidationException(
                        "chip files",
                        List.of(new Violation(
                                field,
                                "NotEmpty",
                                "A chip file must not be empty / Tệp trên chip không được rỗng",
                                null)));
            }
            return b;
        }
    }
}
