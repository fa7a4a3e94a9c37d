package io.github.egovsdk.signature.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The appended revision, built in memory (a few KiB plus the {@code /Contents} placeholder): objects serialised
 * back from the COS model, their offsets recorded for the new cross-reference section.
 */
final class RevisionBuffer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(40 * 1024);
    private final long base;
    private final TreeMap<Integer, long[]> offsets = new TreeMap<>();

    /** {@code base}: the length of the original file, where this revision starts. */
    RevisionBuffer(long base) {
        this.base = base;
    }

    /** Offset in the output file of the next byte written. */
    long offset() {
        return base + out.size();
    }

    int size() {
        return out.size();
    }

    RevisionBuffer text(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    RevisionBuffer bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    void beginObject(int num, int gen) {
        offsets.put(num, new long[] {offset(), gen});
        text(num + " " + gen + " obj\n");
    }

    void endObject() {
        text("\nendobj\n");
    }

    void object(int num, int gen, Object value) {
        beginObject(num, gen);
        value(value);
        endObject();
    }

    /** Object numbers written, with their offset and generation. */
    TreeMap<Integer, long[]> offsets() {
        return offsets;
    }

    void value(Object v) {
        if (v instanceof Cos.Name n) {
            text("/").text(n.raw());
        } else if (v instanceof Cos.Ref r) {
            text(r.num() + " " + r.gen() + " R");
        } else if (v instanceof Cos.Str s) {
            bytes(s.raw());
        } else if (v instanceof Cos.Token t) {
            text(t.raw());
        } else if (v instanceof Map<?, ?> m) {
            text("<<");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                text("/").text((String) e.getKey()).text(" ");
                value(e.getValue());
                text("\n");
            }
            text(">>");
        } else if (v instanceof List<?> l) {
            text("[");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    text(" ");
                }
                value(l.get(i));
            }
            text("]");
        } else {
            throw new IllegalArgumentException("not a COS value: " + v);
        }
    }

    /** Contiguous runs of object numbers: [first, count, first, count, ...]. */
    List<int[]> runs() {
        List<int[]> runs = new ArrayList<>();
        for (int num : offsets.keySet()) {
            int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[0] + last[1] == num) {
                last[1]++;
            } else {
                runs.add(new int[] {num, 1});
            }
        }
        return runs;
    }

    /** Overwrites bytes already written (the ByteRange once the offsets are known). */
    byte[] toByteArray() {
        return out.toByteArray();
    }
}
