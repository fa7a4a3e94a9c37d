package io.github.egovsdk.edoc.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * Decodes base64 text handed over in chunks (as StAX delivers a large text node), hashing and writing what it
 * decodes; never holds more than one 64 KiB block, whatever the payload's size. XML whitespace (space, tab, CR, LF:
 * line breaks, indentation) is skipped; anything else outside the base64 alphabet, a truncated last group or data
 * after the padding fails.
 *
 * <p>Why it looks like this: the text is narrowed to bytes with the JDK's ISO-8859-1 encoder and decoded a whole
 * block at a time with {@link Base64.Decoder#decode(byte[], byte[])} — both are vectorised intrinsics, an order of
 * magnitude faster than a char-by-char loop. The strict decoder itself detects whitespace (it rejects it); the block
 * is then compacted and topped up, so well-formed single-line payloads never take the slow path, and payloads with
 * line breaks switch to a filtering copy after the second such block.
 */
public final class Base64Sink {
    private static final int BLOCK = 64 * 1024; // a multiple of 4: whole base64 groups
    /** Creating an encoder costs more than narrowing a small payload; it is reset before each use, so it is shared. */
    private static final ThreadLocal<CharsetEncoder> NARROW =
            ThreadLocal.withInitial(StandardCharsets.ISO_8859_1::newEncoder);

    private final OutputStream out;
    private final MessageDigest digest;
    private final Base64.Decoder decoder = Base64.getDecoder();
    private final byte[] block = new byte[BLOCK];
    private final ByteBuffer blockBuffer = ByteBuffer.wrap(block);
    private final byte[] decoded = new byte[BLOCK / 4 * 3];
    private int pending;
    private int compactions;
    private boolean padded;
    private long written;
    private final byte[] head = new byte[4];
    private int headLength;

    /** @param digest updated with every decoded byte, or null */
    public Base64Sink(OutputStream out, MessageDigest digest) {
        this.out = out;
        this.digest = digest;
    }

    public void accept(char[] chars, int start, int length) throws IOException {
        int at = start;
        int end = start + length;
        while (at < end) {
            at = compactions >= 2 ? copyFiltered(chars, at, end) : copyNarrowed(chars, at, end);
            if (pending == BLOCK) {
                decodeBlock();
            }
        }
    }

    /** Copies as many chars as fit, as bytes; stops early at a char above U+00FF (never base64). */
    private int copyNarrowed(char[] chars, int at, int end) throws IOException {
        int n = Math.min(end - at, BLOCK - pending);
        CharBuffer source = CharBuffer.wrap(chars, at, n);
        blockBuffer.limit(BLOCK).position(pending);
        CharsetEncoder narrow = NARROW.get();
        narrow.reset();
        narrow.encode(source, blockBuffer, false);
        int copied = source.position() - at;
        pending += copied;
        if (copied < n) {
            throw invalid(
                    "character U+" + Integer.toHexString(chars[at + copied]).toUpperCase(Locale.ROOT));
        }
        return at + copied;
    }

    /** Copies chars without whitespace; non-ASCII becomes a byte the decoder rejects. */
    private int copyFiltered(char[] chars, int at, int end) {
        byte[] b = block;
        int p = pending;
        int i = at;
        while (i < end && p < BLOCK) {
            char c = chars[i++];
            if (!whitespace(c)) {
                b[p++] = (byte) (c < 0x80 ? c : '!');
            }
        }
        pending = p;
        return i;
    }

    private void decodeBlock() throws IOException {
        int n;
        try {
            n = decoder.decode(block, decoded);
        } catch (IllegalArgumentException e) {
            if (compact()) {
                return; // whitespace removed: top the block up again
            }
            throw invalid(e.getMessage());
        }
        emit(n);
        padded = block[BLOCK - 1] == '=';
        pending = 0;
    }

    /** Removes whitespace from the pending bytes; whether there was any. */
    private boolean compact() {
        byte[] b = block;
        int p = 0;
        for (int i = 0; i < pending; i++) {
            byte c = b[i];
            if (!whitespace(c)) {
                b[p++] = c;
            }
        }
        boolean removed = p < pending;
        pending = p;
        if (removed) {
            compactions++;
        }
        return removed;
    }

    /** XML's whitespace (the only characters base64 text may carry besides its alphabet). */
    private static boolean whitespace(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private void emit(int n) throws IOException {
        if (padded) {
            throw invalid("data after the '=' padding");
        }
        if (digest != null) {
            digest.update(decoded, 0, n);
        }
        out.write(decoded, 0, n);
        for (int i = 0; i < n && headLength < 4; i++) {
            head[headLength++] = decoded[i];
        }
        written += n;
    }

    /** Ends the text: decodes the last block; fails on a truncated group. */
    public void finish() throws IOException {
        compact();
        if (pending % 4 != 0) {
            throw new IOException("Truncated base64 attachment (" + pending % 4 + " trailing characters)");
        }
        if (pending > 0) {
            int n;
            try {
                n = decoder.decode(Arrays.copyOf(block, pending), decoded);
            } catch (IllegalArgumentException e) {
                throw invalid(e.getMessage());
            }
            emit(n);
            pending = 0;
        }
        out.flush();
    }

    private static IOException invalid(String detail) {
        return new IOException("Invalid base64 in attachment: " + detail);
    }

    public long written() {
        return written;
    }

    /** Whether the decoded bytes start with a zip local-file header {@code PK\3\4}. */
    public boolean startsWithZipMagic() {
        return headLength == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
}
