package io.github.egovsdk.signature.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The COS values the streaming signer reads and writes back. Dictionaries are {@code LinkedHashMap<String, Object>}
 * (key: the name as written, without the slash), arrays {@code List<Object>}; strings, numbers and keywords keep
 * their bytes as written, so an object rewritten in the new revision says exactly what it said before.
 */
final class Cos {
    private Cos() {}

    /** A name, as written after the slash (escapes kept). */
    record Name(String raw) {}

    /** An indirect reference {@code num gen R}. */
    record Ref(int num, int gen) {}

    /** A literal or hex string, delimiters included, exactly as written. */
    record Str(byte[] raw) {
        /** The decoded bytes (escapes resolved, hex decoded). */
        byte[] value() {
            return raw[0] == '<' ? hex() : literal();
        }

        /** The text: UTF-16BE with a byte order mark, else Latin-1 (close enough to PDFDocEncoding to compare). */
        String text() {
            byte[] v = value();
            if (v.length >= 2 && (v[0] & 0xff) == 0xfe && (v[1] & 0xff) == 0xff) {
                return new String(v, 2, v.length - 2, StandardCharsets.UTF_16BE);
            }
            return new String(v, StandardCharsets.ISO_8859_1);
        }

        private byte[] hex() {
            StringBuilder digits = new StringBuilder();
            for (int i = 1; i < raw.length - 1; i++) {
                if (Character.digit(raw[i], 16) >= 0) {
                    digits.append((char) raw[i]);
                }
            }
            if (digits.length() % 2 == 1) {
                digits.append('0');
            }
            byte[] out = new byte[digits.length() / 2];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
            }
            return out;
        }

        private byte[] literal() {
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
            for (int i = 1; i < raw.length - 1; i++) {
                int c = raw[i] & 0xff;
                if (c != '\\' || i + 1 >= raw.length - 1) {
                    out.write(c);
                    continue;
                }
                int e = raw[++i] & 0xff;
                switch (e) {
                    case 'n' -> out.write('\n');
                    case 'r' -> out.write('\r');
                    case 't' -> out.write('\t');
                    case 'b' -> out.write('\b');
                    case 'f' -> out.write('\f');
                    case '\r', '\n' -> {
                        if (e == '\r' && i + 1 < raw.length - 1 && raw[i + 1] == '\n') {
                            i++;
                        }
                    }
                    default -> {
                        if (e >= '0' && e <= '7') {
                            int v = e - '0';
                            for (int k = 0;
                                    k < 2 && i + 1 < raw.length - 1 && raw[i + 1] >= '0' && raw[i + 1] <= '7';
                                    k++) {
                                v = v * 8 + (raw[++i] - '0');
                            }
                            out.write(v);
                        } else {
                            out.write(e);
                        }
                    }
                }
            }
            return out.toByteArray();
        }
    }

    /** A number, {@code true}, {@code false} or {@code null}, as written. */
    record Token(String raw) {
        long longValue() throws StreamingPdfException {
            try {
                return raw.contains(".") ? (long) Double.parseDouble(raw) : Long.parseLong(raw);
            } catch (NumberFormatException e) {
                throw new StreamingPdfException("not a number: " + raw);
            }
        }
    }

    /** A stream object: its dictionary and where its data starts in the file. */
    record Stream(Map<String, Object> dict, long dataOffset) {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> dict(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : null;
    }

    static boolean isName(Object o, String name) {
        return o instanceof Name n && n.raw().equals(name);
    }
}
