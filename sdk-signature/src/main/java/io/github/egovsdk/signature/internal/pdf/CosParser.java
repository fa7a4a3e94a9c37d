package io.github.egovsdk.signature.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads COS objects (ISO 32000-1 §7.3) from a {@link PdfInput}: enough to read trailers, cross-reference streams,
 * object streams and the few dictionaries the signature revision updates. Bounded: nesting depth and string length
 * are limited, and anything unexpected is a {@link StreamingPdfException} (the caller falls back to PDFBox).
 */
final class CosParser {
    private static final int MAX_DEPTH = 64;
    private static final int MAX_STRING = 1 << 20;
    private final PdfInput in;

    CosParser(PdfInput in) {
        this.in = in;
    }

    PdfInput input() {
        return in;
    }

    /** Parses {@code num gen obj <object>}; a stream object comes back as {@link Cos.Stream}. */
    Object indirectObject(int expectedNum) throws StreamingPdfException {
        long num = integer();
        long gen = integer();
        if (!"obj".equals(keyword()) || (expectedNum >= 0 && num != expectedNum) || gen < 0) {
            throw new StreamingPdfException("no object " + expectedNum + " where the cross-reference points");
        }
        Object value = object(0);
        long after = in.position();
        skipSpace();
        if (Cos.dict(value) != null && "stream".equals(peekKeyword())) {
            keyword();
            if (in.peek() == '\r') {
                in.read();
            }
            if (in.peek() == '\n') {
                in.read();
            }
            return new Cos.Stream(Cos.dict(value), in.position());
        }
        in.seek(after);
        return value;
    }

    Object object() throws StreamingPdfException {
        return object(0);
    }

    private Object object(int depth) throws StreamingPdfException {
        if (depth > MAX_DEPTH) {
            throw new StreamingPdfException("objects nested too deeply");
        }
        skipSpace();
        int c = in.peek();
        switch (c) {
            case -1:
                throw new StreamingPdfException("unexpected end of file");
            case '/':
                in.read();
                return new Cos.Name(regular());
            case '(':
                return literalString();
            case '[':
                in.read();
                List<Object> list = new ArrayList<>();
                while (true) {
                    skipSpace();
                    if (in.peek() == ']') {
                        in.read();
                        return list;
                    }
                    list.add(object(depth + 1));
                }
            case '<':
                in.read();
                if (in.peek() == '<') {
                    in.read();
                    return dictionary(depth);
                }
                return hexString();
            default:
                return tokenOrRef();
        }
    }

    private Map<String, Object> dictionary(int depth) throws StreamingPdfException {
        Map<String, Object> dict = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            int c = in.read();
            if (c == '>') {
                if (in.read() != '>') {
                    throw new StreamingPdfException("malformed dictionary end");
                }
                return dict;
            }
            if (c != '/') {
                throw new StreamingPdfException("dictionary key is not a name");
            }
            String key = regular();
            dict.put(key, object(depth + 1));
        }
    }

    private Object tokenOrRef() throws StreamingPdfException {
        String token = regular();
        if (token.isEmpty()) {
            throw new StreamingPdfException("unexpected character " + (char) in.peek());
        }
        if (!isUnsignedInt(token)) {
            return new Cos.Token(token);
        }
        long mark = in.position();
        skipSpace();
        String gen = regular();
        if (isUnsignedInt(gen)) {
            skipSpace();
            if (in.peek() == 'R') {
                in.read();
                int next = in.peek();
                if (next < 0 || isSpace(next) || isDelimiter(next)) {
                    try {
                        return new Cos.Ref(Integer.parseInt(token), Integer.parseInt(gen));
                    } catch (NumberFormatException e) {
                        throw new StreamingPdfException("object number out of range: " + token);
                    }
                }
            }
        }
        in.seek(mark);
        return new Cos.Token(token);
    }

    private Cos.Str literalString() throws StreamingPdfException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.write(in.read());
        int depth = 1;
        while (depth > 0) {
            int c = in.read();
            if (c < 0 || raw.size() > MAX_STRING) {
                throw new StreamingPdfException("unterminated string");
            }
            raw.write(c);
            if (c == '\\') {
                int e = in.read();
                if (e < 0) {
                    throw new StreamingPdfException("unterminated string");
                }
                raw.write(e);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return new Cos.Str(raw.toByteArray());
    }

    private Cos.Str hexString() throws StreamingPdfException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.write('<');
        while (true) {
            int c = in.read();
            if (c < 0 || raw.size() > MAX_STRING) {
                throw new StreamingPdfException("unterminated hex string");
            }
            raw.write(c);
            if (c == '>') {
                return new Cos.Str(raw.toByteArray());
            }
        }
    }

    long integer() throws StreamingPdfException {
        skipSpace();
        String token = regular();
        if (!isUnsignedInt(token) || token.length() > 18) {
            throw new StreamingPdfException("expected an integer, found '" + token + "'");
        }
        return Long.parseLong(token);
    }

    String keyword() {
        skipSpace();
        return regular();
    }

    String peekKeyword() {
        long mark = in.position();
        String k = keyword();
        in.seek(mark);
        return k;
    }

    void skipSpace() {
        while (true) {
            int c = in.peek();
            if (c == '%') {
                while (c >= 0 && c != '\n' && c != '\r') {
                    in.read();
                    c = in.peek();
                }
            } else if (c >= 0 && isSpace(c)) {
                in.read();
            } else {
                return;
            }
        }
    }

    private String regular() {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.peek();
            if (c < 0 || isSpace(c) || isDelimiter(c) || sb.length() > 255) {
                return sb.toString();
            }
            sb.append((char) in.read());
        }
    }

    private static boolean isUnsignedInt(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }

    static boolean isDelimiter(int c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
                || c == '%';
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
