package io.github.egovsdk.signature.internal.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the cross-reference of a PDF from its last {@code startxref}: classic tables, cross-reference streams and
 * hybrid files ({@code /XRefStm}), following {@code /Prev} to the first revision (ISO 32000-1 §7.5.4, §7.5.8). The
 * newest entry of an object wins. Anything damaged is a {@link StreamingPdfException}: PDFBox then reconstructs.
 */
final class XrefReader {
    private static final int TAIL = 4096;
    private static final int MAX_SECTIONS = 10_000;

    private XrefReader() {}

    /** Cross-reference entry: type 0 free, 1 at {@code offset} with generation {@code field}, 2 in object stream. */
    record Entry(int type, long offset, int field) {}

    /** The merged cross-reference. */
    record Xref(Map<Integer, Entry> entries, Map<String, Object> trailer, long startxref, boolean stream, int size) {}

    static Xref read(PdfInput in) throws StreamingPdfException {
        long startxref = lastStartxref(in);
        CosParser parser = new CosParser(in);
        Map<Integer, Entry> entries = new HashMap<>();
        Map<String, Object> newestTrailer = null;
        boolean newestIsStream = false;
        int size = 0;
        Set<Long> seen = new HashSet<>();
        Long offset = startxref;
        while (offset != null) {
            if (!seen.add(offset) || seen.size() > MAX_SECTIONS) {
                throw new StreamingPdfException("cross-reference /Prev loop");
            }
            Map<Integer, Entry> section = new HashMap<>();
            in.seek(offset);
            Map<String, Object> trailer;
            boolean isStream = !"xref".equals(parser.peekKeyword());
            if (isStream) {
                trailer = stream(parser, offset, section);
            } else {
                parser.keyword();
                trailer = table(parser, section);
                if (trailer.get("XRefStm") instanceof Cos.Token t) {
                    Map<Integer, Entry> hidden = new HashMap<>();
                    stream(parser, t.longValue(), hidden);
                    hidden.forEach((num, e) -> {
                        Entry listed = section.get(num);
                        if (listed == null || listed.type() == 0) {
                            section.put(num, e);
                        }
                    });
                }
            }
            if (newestTrailer == null) {
                newestTrailer = trailer;
                newestIsStream = isStream;
            }
            section.forEach(entries::putIfAbsent);
            if (trailer.get("Size") instanceof Cos.Token t) {
                size = (int) Math.max(size, Math.min(t.longValue(), Integer.MAX_VALUE));
            }
            offset = trailer.get("Prev") instanceof Cos.Token t ? t.longValue() : null;
        }
        return new Xref(entries, newestTrailer, startxref, newestIsStream, size);
    }

    private static long lastStartxref(PdfInput in) throws StreamingPdfException {
        int n = (int) Math.min(TAIL, in.size());
        long from = in.size() - n;
        String tail;
        try {
            tail = new String(in.read(from, n), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new StreamingPdfException("cannot read the end of the file");
        }
        int at = tail.lastIndexOf("startxref");
        if (at < 0 || !tail.substring(at).contains("%%EOF")) {
            throw new StreamingPdfException("no startxref / %%EOF at the end of the file");
        }
        in.seek(from + at + "startxref".length());
        long offset = new CosParser(in).integer();
        if (offset <= 0 || offset >= in.size()) {
            throw new StreamingPdfException("startxref points outside the file");
        }
        return offset;
    }

    private static Map<String, Object> table(CosParser parser, Map<Integer, Entry> section)
            throws StreamingPdfException {
        while (true) {
            if ("trailer".equals(parser.peekKeyword())) {
                parser.keyword();
                Map<String, Object> trailer = Cos.dict(parser.object());
                if (trailer == null) {
                    throw new StreamingPdfException("trailer is not a dictionary");
                }
                return trailer;
            }
            long first = parser.integer();
            long count = parser.integer();
            if (first < 0 || count < 0 || first + count > Integer.MAX_VALUE) {
                throw new StreamingPdfException("bad cross-reference subsection");
            }
            for (long i = 0; i < count; i++) {
                long offset = parser.integer();
                long gen = parser.integer();
                String kind = parser.keyword();
                int num = (int) (first + i);
                if ("n".equals(kind)) {
                    section.putIfAbsent(num, new Entry(1, offset, (int) gen));
                } else if ("f".equals(kind)) {
                    section.putIfAbsent(num, new Entry(0, 0, (int) gen));
                } else {
                    throw new StreamingPdfException("bad cross-reference entry");
                }
            }
        }
    }

    private static Map<String, Object> stream(CosParser parser, long offset, Map<Integer, Entry> section)
            throws StreamingPdfException {
        PdfInput in = parser.input();
        in.seek(offset);
        if (!(parser.indirectObject(-1) instanceof Cos.Stream s)
                || !Cos.isName(s.dict().get("Type"), "XRef")) {
            throw new StreamingPdfException("startxref does not point to a cross-reference");
        }
        Map<String, Object> dict = s.dict();
        if (!(dict.get("Length") instanceof Cos.Token length) || length.longValue() > StreamDecoder.MAX_DECODED) {
            throw new StreamingPdfException("cross-reference stream without a direct /Length");
        }
        byte[] data;
        try {
            data = StreamDecoder.decode(dict, in.read(s.dataOffset(), (int) length.longValue()));
        } catch (StreamingPdfException e) {
            throw e;
        } catch (IOException e) {
            throw new StreamingPdfException("cannot read the cross-reference stream");
        }
        List<Object> w = Cos.array(dict.get("W"));
        if (w == null || w.size() != 3) {
            throw new StreamingPdfException("cross-reference stream without /W");
        }
        int[] widths = new int[3];
        for (int i = 0; i < 3; i++) {
            widths[i] = (int) ((Cos.Token) w.get(i)).longValue();
            if (widths[i] < 0 || widths[i] > 8) {
                throw new StreamingPdfException("bad /W in the cross-reference stream");
            }
        }
        List<Object> index = Cos.array(dict.get("Index"));
        if (index == null) {
            index = List.of(new Cos.Token("0"), dict.get("Size"));
        }
        int rowLength = widths[0] + widths[1] + widths[2];
        int pos = 0;
        for (int k = 0; k + 1 < index.size(); k += 2) {
            long first = ((Cos.Token) index.get(k)).longValue();
            long count = ((Cos.Token) index.get(k + 1)).longValue();
            for (long i = 0; i < count; i++) {
                if (pos + rowLength > data.length) {
                    throw new StreamingPdfException("cross-reference stream shorter than its /Index");
                }
                long type = widths[0] == 0 ? 1 : field(data, pos, widths[0]);
                long f2 = field(data, pos + widths[0], widths[1]);
                long f3 = field(data, pos + widths[0] + widths[1], widths[2]);
                pos += rowLength;
                if (type <= 2) {
                    section.putIfAbsent((int) (first + i), new Entry((int) type, f2, (int) f3));
                }
            }
        }
        return dict;
    }

    private static long field(byte[] data, int at, int width) {
        long v = 0;
        for (int i = 0; i < width; i++) {
            v = (v << 8) | (data[at + i] & 0xff);
        }
        return v;
    }
}
