package io.github.egovsdk.signature.internal.pdf;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the incremental revision that adds one invisible PAdES signature (ISO 32000-1 §7.5.6, §12.8; ETSI EN 319
 * 142-1): the signature dictionary with its {@code /ByteRange} and {@code /Contents} placeholders, the signature
 * field merged with its widget on the first page, the AcroForm ({@code /SigFlags 3}), the page's {@code /Annots}
 * and — only when the AcroForm was not an indirect object — the catalog; then a cross-reference section of the same
 * kind as the last one (table or stream) with {@code /Prev}, and a trailer keeping {@code /ID[0]}.
 * Only the trailer, the catalog, the page-tree path to the first page and the form fields are read.
 */
final class SignatureRevision {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("'D:'yyyyMMddHHmmssxxx");
    private static final String BYTE_RANGE_PLACEHOLDER = "[0 0000000000 0000000000 0000000000]";
    private static final int MAX_PAGE_DEPTH = 64;

    /** The built revision: its bytes, with the ByteRange filled in, and where the {@code /Contents} hex goes. */
    record Built(byte[] bytes, long[] byteRange, long contentsOffset, int contentsHexLength) {}

    private SignatureRevision() {}

    static Built build(PdfObjects pdf, long originalLength, int lastByte, StreamingPadesWriter.Fields fields)
            throws StreamingPdfException {
        XrefReader.Xref xref = pdf.xref();
        Map<String, Object> trailer = xref.trailer();
        if (trailer.containsKey("Encrypt")) {
            throw new StreamingPdfException("encrypted document");
        }
        if (!(trailer.get("Root") instanceof Cos.Ref rootRef) || Cos.dict(pdf.get(rootRef)) == null) {
            throw new StreamingPdfException("no document catalog");
        }
        Map<String, Object> catalog = new LinkedHashMap<>(Cos.dict(pdf.get(rootRef)));
        Cos.Ref pageRef = firstPage(pdf, catalog.get("Pages"));
        Map<String, Object> page = new LinkedHashMap<>(Cos.dict(pdf.get(pageRef)));

        int next = Math.max(
                xref.size(),
                xref.entries().keySet().stream().mapToInt(i -> i + 1).max().orElse(1));
        Cos.Ref sigRef = new Cos.Ref(next++, 0);
        Cos.Ref fieldRef = new Cos.Ref(next++, 0);
        Cos.Ref apRef = new Cos.Ref(next++, 0);

        Object acroValue = catalog.get("AcroForm");
        Cos.Ref acroRef = acroValue instanceof Cos.Ref r && Cos.dict(pdf.get(r)) != null ? r : null;
        Map<String, Object> acro = new LinkedHashMap<>();
        Map<String, Object> existing = Cos.dict(pdf.resolve(acroValue));
        if (existing != null) {
            acro.putAll(existing);
        }
        boolean catalogChanged = acroRef == null;
        if (acroRef == null) {
            acroRef = new Cos.Ref(next++, 0);
            catalog.put("AcroForm", acroRef);
        }
        Object fieldsValue = acro.get("Fields");
        List<Object> fieldList = new ArrayList<>();
        List<Object> existingFields = Cos.array(pdf.resolve(fieldsValue));
        if (existingFields != null) {
            fieldList.addAll(existingFields);
        }
        String fieldName = uniqueName(pdf, fieldList);
        fieldList.add(fieldRef);

        RevisionBuffer out = new RevisionBuffer(originalLength);
        if (lastByte != '\n' && lastByte != '\r') {
            out.text("\n");
        }
        long[] contents = signatureDictionary(out, sigRef, fields);
        Map<String, Object> widget = new LinkedHashMap<>();
        widget.put("Type", new Cos.Name("Annot"));
        widget.put("Subtype", new Cos.Name("Widget"));
        widget.put("FT", new Cos.Name("Sig"));
        widget.put("T", literal(fieldName));
        widget.put("V", sigRef);
        widget.put("F", new Cos.Token("132"));
        widget.put("Rect", List.of(new Cos.Token("0"), new Cos.Token("0"), new Cos.Token("0"), new Cos.Token("0")));
        widget.put("P", pageRef);
        widget.put("AP", Map.of("N", apRef));
        out.object(fieldRef.num(), 0, widget);
        out.beginObject(apRef.num(), 0);
        out.text("<</Type /XObject /Subtype /Form /BBox [0 0 0 0] /Length 0>>\nstream\n\nendstream");
        out.endObject();

        if (fieldsValue instanceof Cos.Ref fr && existingFields != null) {
            out.object(fr.num(), pdf.generation(fr.num()), fieldList);
        } else {
            acro.put("Fields", fieldList);
        }
        acro.put("SigFlags", new Cos.Token("3"));
        out.object(acroRef.num(), catalogChanged ? 0 : pdf.generation(acroRef.num()), acro);

        Object annotsValue = page.get("Annots");
        List<Object> annots = new ArrayList<>();
        List<Object> existingAnnots = Cos.array(pdf.resolve(annotsValue));
        if (existingAnnots != null) {
            annots.addAll(existingAnnots);
        }
        annots.add(fieldRef);
        if (annotsValue instanceof Cos.Ref ar && existingAnnots != null) {
            out.object(ar.num(), pdf.generation(ar.num()), annots);
        } else {
            page.put("Annots", annots);
            out.object(pageRef.num(), pdf.generation(pageRef.num()), page);
        }
        if (catalogChanged) {
            out.object(rootRef.num(), pdf.generation(rootRef.num()), catalog);
        }
        CrossReference.write(out, xref, next, newId(trailer.get("ID")));

        byte[] bytes = out.toByteArray();
        long cStart = contents[1];
        long cEnd = contents[2];
        long total = originalLength + bytes.length;
        long[] range = {0, cStart, cEnd, total - cEnd};
        String filled = String.format("[0 %d %d %d]", range[1], range[2], range[3]);
        if (filled.length() > BYTE_RANGE_PLACEHOLDER.length()) {
            throw new StreamingPdfException("document too large for the ByteRange placeholder");
        }
        byte[] patch = String.format("%-" + BYTE_RANGE_PLACEHOLDER.length() + "s", filled)
                .getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(patch, 0, bytes, (int) (contents[0] - originalLength), patch.length);
        return new Built(bytes, range, cStart, (int) (cEnd - cStart - 2));
    }

    /** Writes the signature dictionary; returns {ByteRange offset, '<' offset, offset after '>'}. */
    private static long[] signatureDictionary(RevisionBuffer out, Cos.Ref sigRef, StreamingPadesWriter.Fields f) {
        out.beginObject(sigRef.num(), 0);
        out.text("<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached");
        if (f.name() != null) {
            out.text(" /Name ").value(text(f.name()));
        }
        if (f.location() != null) {
            out.text(" /Location ").value(text(f.location()));
        }
        if (f.reason() != null) {
            out.text(" /Reason ").value(text(f.reason()));
        }
        ZonedDateTime time = Instant.ofEpochMilli(f.signingTimeMs()).atZone(ZoneId.systemDefault());
        String date = PDF_DATE.format(time).replaceFirst("([+-]\\d\\d):(\\d\\d)$", "$1'$2'");
        out.text(" /M (").text(date).text(")\n/ByteRange ");
        long byteRange = out.offset();
        out.text(BYTE_RANGE_PLACEHOLDER).text("\n/Contents ");
        long start = out.offset();
        out.text("<");
        byte[] zeros = new byte[2 * f.contentsBytes()];
        Arrays.fill(zeros, (byte) '0');
        out.bytes(zeros).text(">");
        long end = out.offset();
        out.text(">>");
        out.endObject();
        return new long[] {byteRange, start, end};
    }

    private static Cos.Ref firstPage(PdfObjects pdf, Object pagesValue) throws StreamingPdfException {
        Object node = pagesValue;
        Set<Integer> seen = new HashSet<>();
        for (int depth = 0; depth < MAX_PAGE_DEPTH; depth++) {
            if (!(node instanceof Cos.Ref ref) || !seen.add(ref.num())) {
                throw new StreamingPdfException("page tree without an indirect first page");
            }
            Map<String, Object> dict = Cos.dict(pdf.get(ref));
            if (dict == null) {
                throw new StreamingPdfException("page tree node is not a dictionary");
            }
            List<Object> kids = Cos.array(pdf.resolve(dict.get("Kids")));
            if (kids == null) {
                if (!Cos.isName(dict.get("Type"), "Page")) {
                    throw new StreamingPdfException("first page is not a /Page");
                }
                return ref;
            }
            Object first = null;
            for (Object kid : kids) {
                Map<String, Object> k = Cos.dict(pdf.resolve(kid));
                boolean empty = k != null
                        && k.get("Kids") != null
                        && k.get("Count") instanceof Cos.Token c
                        && c.longValue() == 0;
                if (k != null && !empty) {
                    first = kid;
                    break;
                }
            }
            node = first;
        }
        throw new StreamingPdfException("page tree too deep");
    }

    private static String uniqueName(PdfObjects pdf, List<Object> fieldList) throws StreamingPdfException {
        Set<String> names = new HashSet<>();
        for (Object f : fieldList) {
            Map<String, Object> field = Cos.dict(pdf.resolve(f));
            if (field != null && field.get("T") instanceof Cos.Str t) {
                names.add(t.text());
            }
        }
        int n = 1;
        while (names.contains("Signature" + n)) {
            n++;
        }
        return "Signature" + n;
    }

    /** {@code /ID}: the first element kept (ISO 32000-1 §14.4), the second new for this revision. */
    private static List<Object> newId(Object old) {
        byte[] fresh = new byte[16];
        RANDOM.nextBytes(fresh);
        Cos.Str second = new Cos.Str(("<" + HexFormat.of().formatHex(fresh) + ">").getBytes(StandardCharsets.US_ASCII));
        List<Object> oldId = Cos.array(old);
        Object first = oldId != null && !oldId.isEmpty() && oldId.get(0) instanceof Cos.Str s ? s : second;
        return List.of(first, second);
    }

    private static Cos.Str literal(String ascii) {
        return new Cos.Str(("(" + ascii + ")").getBytes(StandardCharsets.US_ASCII));
    }

    /** A text string: literal when printable ASCII, else UTF-16BE with a byte order mark, hex-encoded. */
    static Cos.Str text(String s) {
        boolean ascii = s.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        if (ascii) {
            return literal(s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"));
        }
        byte[] utf16 = s.getBytes(StandardCharsets.UTF_16BE);
        return new Cos.Str(
                ("<FEFF" + HexFormat.of().withUpperCase().formatHex(utf16) + ">").getBytes(StandardCharsets.US_ASCII));
    }
}
