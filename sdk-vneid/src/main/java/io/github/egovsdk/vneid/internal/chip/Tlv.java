package io.github.egovsdk.vneid.internal.chip;

import io.github.egovsdk.vneid.chip.ChipFormatException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One BER-TLV element over a byte array (ISO/IEC 7816-4 / X.690 definite lengths), read with hard bounds: input size
 * ({@link #MAX_INPUT}), tag size (3 bytes), length size (4 bytes), nesting depth ({@link #MAX_DEPTH}) and element
 * count per level ({@link #MAX_CHILDREN}). Indefinite lengths are refused (chip files are DER). Every error is a
 * {@link ChipFormatException} naming the file.
 */
public final class Tlv {
    /** Largest chip file accepted (a face image is ~20 KB; the largest DG is far below this). */
    public static final int MAX_INPUT = 1 << 20;

    public static final int MAX_DEPTH = 24;
    public static final int MAX_CHILDREN = 4096;

    private final String file;
    private final byte[] src;
    private final int start;
    private final int tag;
    private final int valueStart;
    private final int valueLength;
    private final int depth;

    private Tlv(String file, byte[] src, int start, int tag, int valueStart, int valueLength, int depth) {
        this.file = file;
        this.src = src;
        this.start = start;
        this.tag = tag;
        this.valueStart = valueStart;
        this.valueLength = valueLength;
        this.depth = depth;
    }

    /** Reads {@code data} as exactly one TLV (no trailing bytes). The array is not copied: do not modify it. */
    public static Tlv parse(String file, byte[] data) {
        return parse(file, data, MAX_INPUT, -1);
    }

    /** Reads {@code data} as exactly one TLV of at most {@code maxInput} bytes, with the tag (or -1 for any). */
    public static Tlv parse(String file, byte[] data, int maxInput, int expectedTag) {
        if (data == null || data.length == 0) {
            throw error(file, "EMPTY", "no bytes", "không có dữ liệu");
        }
        if (data.length > maxInput) {
            throw error(
                    file,
                    "TOO_LARGE",
                    "more than " + maxInput + " bytes (" + data.length + ")",
                    "lớn hơn " + maxInput + " byte (" + data.length + ")");
        }
        Tlv t = read(file, data, 0, data.length, 0);
        int end = t.end();
        if (end != data.length) {
            throw error(
                    file,
                    "TRAILING_BYTES",
                    (data.length - end) + " bytes after the end of the TLV",
                    "có " + (data.length - end) + " byte thừa sau phần tử TLV");
        }
        if (expectedTag >= 0) {
            t.expectTag(expectedTag);
        }
        return t;
    }

    /** Reads {@code data}, which must be one TLV with the given tag. */
    public static Tlv parse(String file, byte[] data, int expectedTag) {
        return parse(file, data, MAX_INPUT, expectedTag);
    }

    private static Tlv read(String file, byte[] src, int pos, int limit, int depth) {
        if (depth > MAX_DEPTH) {
            throw error(file, "TLV_DEPTH", "nesting deeper than " + MAX_DEPTH, "lồng sâu hơn " + MAX_DEPTH + " cấp");
        }
        int p = pos;
        if (p >= limit) {
            throw truncated(file, p);
        }
        int first = src[p++] & 0xFF;
        if (first == 0x00 || first == 0xFF) {
            throw error(
                    file,
                    "TLV_TAG",
                    "invalid tag byte 0x" + hex(first) + " at offset " + pos,
                    "byte thẻ (tag) không hợp lệ 0x" + hex(first) + " tại vị trí " + pos);
        }
        int tag = first;
        if ((first & 0x1F) == 0x1F) {
            int more = 0;
            int b;
            do {
                if (p >= limit) {
                    throw truncated(file, p);
                }
                if (++more > 2) {
                    throw error(
                            file,
                            "TLV_TAG",
                            "tag longer than 3 bytes at offset " + pos,
                            "thẻ (tag) dài hơn 3 byte tại vị trí " + pos);
                }
                b = src[p++] & 0xFF;
                tag = (tag << 8) | b;
            } while ((b & 0x80) != 0);
        }
        if (p >= limit) {
            throw truncated(file, p);
        }
        int l = src[p++] & 0xFF;
        long length;
        if (l < 0x80) {
            length = l;
        } else if (l == 0x80) {
            throw error(
                    file,
                    "TLV_INDEFINITE_LENGTH",
                    "indefinite length at offset " + pos,
                    "độ dài không xác định tại vị trí " + pos);
        } else {
            int n = l & 0x7F;
            if (n > 4) {
                throw error(
                        file,
                        "TLV_LENGTH",
                        "length field of " + n + " bytes at offset " + pos,
                        "trường độ dài " + n + " byte tại vị trí " + pos);
            }
            if (limit - p < n) {
                throw truncated(file, p);
            }
            length = 0;
            for (int i = 0; i < n; i++) {
                length = (length << 8) | (src[p++] & 0xFF);
            }
        }
        if (length > limit - p) {
            throw error(
                    file,
                    "TLV_TRUNCATED",
                    "element at offset " + pos + " declares " + length + " bytes, only " + (limit - p) + " left",
                    "phần tử tại vị trí " + pos + " khai báo " + length + " byte, chỉ còn " + (limit - p));
        }
        return new Tlv(file, src, pos, tag, p, (int) length, depth);
    }

    public int tag() {
        return tag;
    }

    /** Whether the tag's constructed bit is set (the value is a sequence of TLVs). */
    public boolean constructed() {
        int firstByte = tag;
        while (firstByte > 0xFF) {
            firstByte >>>= 8;
        }
        return (firstByte & 0x20) != 0;
    }

    public int length() {
        return valueLength;
    }

    /** A copy of the value bytes. */
    public byte[] value() {
        return Arrays.copyOfRange(src, valueStart, valueStart + valueLength);
    }

    /** A copy of the whole element (tag, length, value). */
    public byte[] encoded() {
        return Arrays.copyOfRange(src, start, end());
    }

    int end() {
        return valueStart + valueLength;
    }

    /** The elements inside a constructed value, in order. */
    public List<Tlv> children() {
        if (!constructed()) {
            throw error(
                    file,
                    "TLV_NOT_CONSTRUCTED",
                    "tag 0x" + hex(tag) + " is primitive, expected constructed",
                    "thẻ 0x" + hex(tag) + " là kiểu nguyên thủy, cần kiểu cấu trúc");
        }
        List<Tlv> out = new ArrayList<>();
        int p = valueStart;
        int limit = end();
        while (p < limit) {
            if (out.size() >= MAX_CHILDREN) {
                throw error(
                        file,
                        "TLV_TOO_MANY",
                        "more than " + MAX_CHILDREN + " elements in one value",
                        "nhiều hơn " + MAX_CHILDREN + " phần tử trong một giá trị");
            }
            Tlv child = read(file, src, p, limit, depth + 1);
            out.add(child);
            p = child.end();
        }
        return out;
    }

    /** The first child with the tag, if any. */
    public Optional<Tlv> find(int childTag) {
        return children().stream().filter(c -> c.tag == childTag).findFirst();
    }

    /** The first child with the tag, or a {@code MISSING_ELEMENT} error. */
    public Tlv require(int childTag, String what) {
        return find(childTag)
                .orElseThrow(() -> error(
                        file,
                        "MISSING_ELEMENT",
                        "no " + what + " (tag 0x" + hex(childTag) + ") inside tag 0x" + hex(tag),
                        "thiếu " + what + " (thẻ 0x" + hex(childTag) + ") trong thẻ 0x" + hex(tag)));
    }

    public Tlv expectTag(int expected) {
        if (tag != expected) {
            throw error(
                    file,
                    "WRONG_TAG",
                    "tag 0x" + hex(tag) + " where 0x" + hex(expected) + " is expected",
                    "thẻ 0x" + hex(tag) + " trong khi cần thẻ 0x" + hex(expected));
        }
        return this;
    }

    /**
     * Walks every constructed element down to {@link #MAX_DEPTH}, so that a later parser (e.g. BouncyCastle's) never
     * meets deeper nesting, indefinite lengths or inconsistent lengths. Primitive values are not looked into.
     */
    public Tlv checkStructure() {
        if (constructed()) {
            for (Tlv c : children()) {
                c.checkStructure();
            }
        }
        return this;
    }

    /** The value as a non-negative integer of at most 4 bytes (ASN.1 INTEGER content). */
    public int intValue() {
        if (valueLength < 1 || valueLength > 4 || (src[valueStart] & 0x80) != 0) {
            throw error(
                    file,
                    "INTEGER",
                    "not a non-negative integer of 1–4 bytes (" + valueLength + " bytes)",
                    "không phải số nguyên không âm dài 1–4 byte (" + valueLength + " byte)");
        }
        int v = 0;
        for (int i = 0; i < valueLength; i++) {
            v = (v << 8) | (src[valueStart + i] & 0xFF);
        }
        return v;
    }

    public String file() {
        return file;
    }

    public static ChipFormatException error(String file, String rule, String message, String messageVi) {
        return new ChipFormatException(file, rule, message, messageVi);
    }

    private static ChipFormatException truncated(String file, int offset) {
        return error(
                file,
                "TLV_TRUNCATED",
                "data ends inside an element header at offset " + offset,
                "dữ liệu kết thúc giữa phần đầu của phần tử tại vị trí " + offset);
    }

    public static String hex(int v) {
        return Integer.toHexString(v).toUpperCase(Locale.ROOT);
    }
}
