package io.github.egovsdk.edoc.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;

/**
 * Decodes base64 text handed over in chunks (as StAX delivers a large text node) in whole 4-character groups,
 * skipping whitespace and line breaks; never holds more than one chunk. ({@code Base64.getDecoder().wrap} reads its
 * source a byte at a time: ~65 MB/s against GB/s here.)
 */
public final class Base64Sink {
    private final OutputStream out;
    private final Base64.Decoder decoder = Base64.getDecoder();
    private byte[] group = new byte[64 * 1024 + 4];
    private int pending;
    private long written;
    private final byte[] head = new byte[4];
    private int headLength;

    public Base64Sink(OutputStream out) {
        this.out = out;
    }

    public void accept(char[] chars, int start, int length) throws IOException {
        if (pending + length > group.length) {
            int size = Math.max(group.length * 2, pending + length + 4);
            group = java.util.Arrays.copyOf(group, size);
        }
        for (int i = start; i < start + length; i++) {
            char c = chars[i];
            if (c > ' ') {
                group[pending++] = (byte) c;
            }
        }
        int whole = pending - pending % 4;
        if (whole > 0) {
            flushGroups(whole);
        }
    }

    private void flushGroups(int whole) throws IOException {
        java.nio.ByteBuffer r;
        try {
            r = decoder.decode(java.nio.ByteBuffer.wrap(group, 0, whole));
        } catch (IllegalArgumentException e) {
            throw new IOException("Invalid base64 in attachment: " + e.getMessage(), e);
        }
        int n = r.remaining();
        byte[] decoded = r.array();
        int offset = r.arrayOffset() + r.position();
        out.write(decoded, offset, n);
        for (int i = 0; i < n && headLength < 4; i++) {
            head[headLength++] = decoded[offset + i];
        }
        written += n;
        System.arraycopy(group, whole, group, 0, pending - whole);
        pending -= whole;
    }

    /** Ends the text: fails on a truncated group. */
    public void finish() throws IOException {
        if (pending != 0) {
            throw new IOException("Truncated base64 attachment (" + pending + " trailing characters)");
        }
        out.flush();
    }

    public long written() {
        return written;
    }

    /** Whether the decoded bytes start with a zip local-file header {@code PK\3\4}. */
    public boolean startsWithZipMagic() {
        return headLength == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
}
