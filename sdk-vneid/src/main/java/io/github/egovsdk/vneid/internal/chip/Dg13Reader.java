package io.github.egovsdk.vneid.internal.chip;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Walks the DG13 TLV tree: {@code 6D { SEQUENCE { INTEGER version, OID, SET { SEQUENCE { INTEGER no, value } … } } }}.
 * Field SEQUENCEs are accepted inside a SET or directly inside the content SEQUENCE, in any order; a value is a string
 * (UTF8String, PrintableString, IA5String, TeletexString), a SEQUENCE of strings (fields 13 and 14) or absent. Other
 * value types are kept raw only.
 */
public final class Dg13Reader {
    static final String FILE = "DG13";
    static final int MAX_FIELD_NUMBER = 1000;

    /** One field: its value element (encoded TLV, or empty when absent) and the strings it holds. */
    public record Entry(int number, byte[] raw, List<String> texts) {
        public Entry {
            texts = List.copyOf(texts);
        }
    }

    /** The fields by number and what was odd (duplicates). */
    public record Content(int version, Map<Integer, Entry> fields, List<String> warnings) {}

    private Dg13Reader() {}

    public static Content read(byte[] encoded) {
        Tlv dg13 = Tlv.parse(FILE, encoded, LdsTags.dataGroupTag(13)).checkStructure();
        Tlv content = dg13.require(0x30, "content SEQUENCE");
        List<Tlv> parts = content.children();
        int version = -1;
        if (!parts.isEmpty() && parts.get(0).tag() == 0x02) {
            version = parts.get(0).intValue();
        }
        Map<Integer, Entry> fields = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        for (Tlv part : parts) {
            if (part.tag() == 0x31) {
                for (Tlv f : part.children()) {
                    field(f, fields, warnings);
                }
            } else if (part.tag() == 0x30) {
                field(part, fields, warnings);
            }
        }
        return new Content(version, fields, warnings);
    }

    private static void field(Tlv seq, Map<Integer, Entry> fields, List<String> warnings) {
        if (seq.tag() != 0x30) {
            throw Tlv.error(
                    FILE,
                    "FIELD_STRUCTURE",
                    "a field is tag 0x" + Tlv.hex(seq.tag()) + ", not a SEQUENCE",
                    "một trường có thẻ 0x" + Tlv.hex(seq.tag()) + ", không phải SEQUENCE");
        }
        List<Tlv> items = seq.children();
        if (items.isEmpty() || items.get(0).tag() != 0x02) {
            throw Tlv.error(
                    FILE,
                    "FIELD_NUMBER",
                    "a field SEQUENCE does not start with its INTEGER number",
                    "một SEQUENCE trường không bắt đầu bằng số thứ tự INTEGER");
        }
        int no = items.get(0).intValue();
        if (no < 1 || no > MAX_FIELD_NUMBER) {
            throw Tlv.error(
                    FILE,
                    "FIELD_NUMBER",
                    "field number " + no + " is outside 1–" + MAX_FIELD_NUMBER,
                    "số thứ tự trường " + no + " nằm ngoài 1–" + MAX_FIELD_NUMBER);
        }
        if (fields.containsKey(no)) {
            warnings.add("DG13 field " + no + " appears more than once; the first is kept");
            return;
        }
        List<Tlv> values = items.subList(1, items.size());
        List<String> texts = new ArrayList<>();
        for (Tlv v : values) {
            if (v.tag() == 0x30) {
                for (Tlv inner : v.children()) {
                    text(inner, texts);
                }
            } else {
                text(v, texts);
            }
        }
        byte[] raw = values.isEmpty()
                ? new byte[0]
                : values.size() == 1 ? values.get(0).encoded() : concat(values);
        fields.put(no, new Entry(no, raw, texts));
    }

    private static void text(Tlv v, List<String> texts) {
        switch (v.tag()) {
            case 0x0C -> texts.add(new String(v.value(), StandardCharsets.UTF_8));
            case 0x13, 0x16 -> texts.add(new String(v.value(), StandardCharsets.US_ASCII));
            case 0x14 -> texts.add(new String(v.value(), StandardCharsets.ISO_8859_1));
            default -> {
                // not a string: the raw bytes stay available
            }
        }
    }

    private static byte[] concat(List<Tlv> values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        values.forEach(v -> out.writeBytes(v.encoded()));
        return out.toByteArray();
    }
}
