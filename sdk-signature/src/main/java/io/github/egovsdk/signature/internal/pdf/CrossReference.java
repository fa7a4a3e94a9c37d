package io.github.egovsdk.signature.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the new revision's cross-reference section, of the same kind as the document's last one: a classic table
 * and trailer, or a cross-reference stream (uncompressed, {@code /W [1 n 2]}) that lists itself (ISO 32000-1
 * §7.5.4, §7.5.8). Either has {@code /Prev} pointing to the previous section; a hybrid file gets a table, whose
 * {@code /Prev} leads readers to the section carrying {@code /XRefStm}.
 */
final class CrossReference {
    private CrossReference() {}

    static void write(RevisionBuffer out, XrefReader.Xref xref, int nextNumber, List<Object> id) {
        Map<String, Object> trailer = new LinkedHashMap<>();
        Map<String, Object> old = xref.trailer();
        trailer.put("Root", old.get("Root"));
        if (old.get("Info") != null) {
            trailer.put("Info", old.get("Info"));
        }
        trailer.put("ID", id);
        trailer.put("Prev", new Cos.Token(Long.toString(xref.startxref())));
        long start;
        if (xref.stream()) {
            int self = nextNumber;
            trailer.put("Size", new Cos.Token(Integer.toString(self + 1)));
            start = out.offset();
            out.offsets().put(self, new long[] {start, 0});
            int width = bytesFor(start);
            List<int[]> runs = out.runs();
            List<Object> index = new ArrayList<>();
            ByteArrayOutputStream rows = new ByteArrayOutputStream();
            for (int[] run : runs) {
                index.add(new Cos.Token(Integer.toString(run[0])));
                index.add(new Cos.Token(Integer.toString(run[1])));
                for (int num = run[0]; num < run[0] + run[1]; num++) {
                    long[] e = out.offsets().get(num);
                    rows.write(1);
                    for (int i = width - 1; i >= 0; i--) {
                        rows.write((int) (e[0] >>> (8 * i)));
                    }
                    rows.write((int) (e[1] >>> 8));
                    rows.write((int) e[1]);
                }
            }
            trailer.put("Type", new Cos.Name("XRef"));
            trailer.put("W", List.of(new Cos.Token("1"), new Cos.Token(Integer.toString(width)), new Cos.Token("2")));
            trailer.put("Index", index);
            trailer.put("Length", new Cos.Token(Integer.toString(rows.size())));
            out.text(self + " 0 obj\n");
            out.value(trailer);
            out.text("\nstream\n").bytes(rows.toByteArray()).text("\nendstream\nendobj\n");
        } else {
            trailer.put("Size", new Cos.Token(Integer.toString(nextNumber)));
            start = out.offset();
            out.text("xref\n");
            for (int[] run : out.runs()) {
                out.text(run[0] + " " + run[1] + "\n");
                for (int num = run[0]; num < run[0] + run[1]; num++) {
                    long[] e = out.offsets().get(num);
                    out.text(String.format("%010d %05d n\r\n", e[0], e[1]));
                }
            }
            out.text("trailer\n");
            out.value(trailer);
            out.text("\n");
        }
        out.text("startxref\n" + start + "\n%%EOF\n");
    }

    private static int bytesFor(long offset) {
        int n = 1;
        while (n < 8 && (offset >>> (8 * n)) != 0) {
            n++;
        }
        return Math.max(n, 4);
    }
}
