package io.github.egovsdk.signature.internal.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Resolves indirect objects on demand through the cross-reference, from the file or from object streams (decoded
 * once and kept): only the objects the signature revision needs are ever read.
 */
final class PdfObjects {
    private static final int MAX_OBJECT_STREAMS = 64;
    private final PdfInput in;
    private final XrefReader.Xref xref;
    private final Map<Integer, ObjectStream> objectStreams = new HashMap<>();

    private record ObjectStream(byte[] data, long[] offsets, int first) {}

    PdfObjects(PdfInput in, XrefReader.Xref xref) {
        this.in = in;
        this.xref = xref;
    }

    XrefReader.Xref xref() {
        return xref;
    }

    /** The value itself, or the object a reference points to (null for a free or missing object, as the spec says). */
    Object resolve(Object value) throws StreamingPdfException {
        return value instanceof Cos.Ref r ? get(r) : value;
    }

    Object get(Cos.Ref ref) throws StreamingPdfException {
        XrefReader.Entry e = xref.entries().get(ref.num());
        if (e == null || e.type() == 0) {
            return null;
        }
        if (e.type() == 1) {
            in.seek(e.offset());
            return new CosParser(in).indirectObject(ref.num());
        }
        ObjectStream os = objectStream((int) e.offset());
        if (e.field() < 0 || e.field() >= os.offsets().length / 2 || os.offsets()[2 * e.field()] != ref.num()) {
            throw new StreamingPdfException("object " + ref.num() + " is not where its object stream says");
        }
        PdfInput data = PdfInput.of(os.data());
        data.seek(os.first() + os.offsets()[2 * e.field() + 1]);
        return new CosParser(data).object();
    }

    /** The generation an object's rewrite keeps (0 for objects from object streams). */
    int generation(int num) {
        XrefReader.Entry e = xref.entries().get(num);
        return e != null && e.type() == 1 ? e.field() : 0;
    }

    /** Raw data of a stream object (before filters), its {@code /Length} resolved. */
    byte[] rawData(Cos.Stream s) throws StreamingPdfException {
        Object length = resolve(s.dict().get("Length"));
        if (!(length instanceof Cos.Token t) || t.longValue() < 0 || t.longValue() > StreamDecoder.MAX_DECODED) {
            throw new StreamingPdfException("stream without a usable /Length");
        }
        try {
            return in.read(s.dataOffset(), (int) t.longValue());
        } catch (StreamingPdfException e) {
            throw e;
        } catch (IOException e) {
            throw new StreamingPdfException("cannot read a stream: " + e.getMessage());
        }
    }

    private ObjectStream objectStream(int num) throws StreamingPdfException {
        ObjectStream cached = objectStreams.get(num);
        if (cached != null) {
            return cached;
        }
        if (objectStreams.size() >= MAX_OBJECT_STREAMS) {
            objectStreams.clear();
        }
        XrefReader.Entry e = xref.entries().get(num);
        if (e == null || e.type() != 1) {
            throw new StreamingPdfException("object stream " + num + " is missing");
        }
        in.seek(e.offset());
        if (!(new CosParser(in).indirectObject(num) instanceof Cos.Stream s)
                || !Cos.isName(s.dict().get("Type"), "ObjStm")) {
            throw new StreamingPdfException("object " + num + " is not an object stream");
        }
        byte[] data = StreamDecoder.decode(s.dict(), rawData(s));
        int n = (int) ((Cos.Token) s.dict().get("N")).longValue();
        int first = (int) ((Cos.Token) s.dict().get("First")).longValue();
        if (n < 0 || n > data.length || first < 0 || first > data.length) {
            throw new StreamingPdfException("bad object stream header");
        }
        CosParser header = new CosParser(PdfInput.of(data));
        long[] offsets = new long[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            offsets[i] = header.integer();
        }
        ObjectStream os = new ObjectStream(data, offsets, first);
        objectStreams.put(num, os);
        return os;
    }
}
