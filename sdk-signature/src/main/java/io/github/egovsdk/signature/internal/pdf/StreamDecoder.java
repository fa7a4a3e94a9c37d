package io.github.egovsdk.signature.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes the streams the signer has to read: cross-reference streams and object streams, which writers compress
 * with {@code FlateDecode}, often with a PNG predictor (ISO 32000-1 §7.4.4). Output bounded to {@link #MAX_DECODED}.
 */
final class StreamDecoder {
    static final int MAX_DECODED = 64 * 1024 * 1024;

    private StreamDecoder() {}

    static byte[] decode(Map<String, Object> dict, byte[] data) throws StreamingPdfException {
        Object filter = dict.get("Filter");
        Object parms = dict.get("DecodeParms");
        List<Object> filters = Cos.array(filter);
        if (filters != null) {
            if (filters.size() > 1) {
                throw new StreamingPdfException("stream with several filters");
            }
            filter = filters.isEmpty() ? null : filters.get(0);
            List<Object> p = Cos.array(parms);
            parms = p == null || p.isEmpty() ? parms : p.get(0);
        }
        if (filter == null) {
            return data;
        }
        if (!Cos.isName(filter, "FlateDecode") && !Cos.isName(filter, "Fl")) {
            throw new StreamingPdfException("unsupported filter " + filter);
        }
        byte[] inflated = inflate(data);
        Map<String, Object> p = Cos.dict(parms);
        if (p == null || p.get("Predictor") == null) {
            return inflated;
        }
        int predictor = (int) ((Cos.Token) p.get("Predictor")).longValue();
        if (predictor == 1) {
            return inflated;
        }
        if (predictor < 10) {
            throw new StreamingPdfException("unsupported predictor " + predictor);
        }
        int colors = intOr(p, "Colors", 1);
        int bits = intOr(p, "BitsPerComponent", 8);
        int columns = intOr(p, "Columns", 1);
        return png(inflated, Math.max(1, (colors * bits + 7) / 8), (columns * colors * bits + 7) / 8);
    }

    private static int intOr(Map<String, Object> p, String key, int fallback) throws StreamingPdfException {
        return p.get(key) instanceof Cos.Token t ? (int) t.longValue() : fallback;
    }

    private static byte[] inflate(byte[] data) throws StreamingPdfException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length * 4));
            byte[] buf = new byte[16 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buf, 0, n);
                if (out.size() > MAX_DECODED) {
                    throw new StreamingPdfException("decoded stream too large");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new StreamingPdfException("corrupt compressed stream: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    /** PNG row filters: each row starts with its filter type byte. */
    private static byte[] png(byte[] in, int bpp, int rowLength) throws StreamingPdfException {
        if (rowLength <= 0) {
            throw new StreamingPdfException("bad predictor columns");
        }
        int rows = in.length / (rowLength + 1);
        byte[] out = new byte[rows * rowLength];
        byte[] prev = new byte[rowLength];
        for (int r = 0; r < rows; r++) {
            int type = in[r * (rowLength + 1)] & 0xff;
            int src = r * (rowLength + 1) + 1;
            int dst = r * rowLength;
            for (int i = 0; i < rowLength; i++) {
                int x = in[src + i] & 0xff;
                int a = i >= bpp ? out[dst + i - bpp] & 0xff : 0;
                int b = prev[i] & 0xff;
                int c = i >= bpp ? prev[i - bpp] & 0xff : 0;
                int v =
                        switch (type) {
                            case 0 -> x;
                            case 1 -> x + a;
                            case 2 -> x + b;
                            case 3 -> x + ((a + b) >>> 1);
                            case 4 -> x + paeth(a, b, c);
                            default -> throw new StreamingPdfException("bad PNG predictor row type " + type);
                        };
                out[dst + i] = (byte) v;
            }
            System.arraycopy(out, dst, prev, 0, rowLength);
        }
        return out;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
