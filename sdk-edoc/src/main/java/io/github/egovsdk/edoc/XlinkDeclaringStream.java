package io.github.egovsdk.edoc;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Declares the {@code xlink} prefix on the root element of a message that uses it undeclared (the official
 * {@code resources/edoc.edxml}): inserts {@code xmlns:xlink} right after {@code <edXML}. Streaming; only the first
 * kilobytes are inspected.
 */
final class XlinkDeclaringStream extends FilterInputStream {
    private static final byte[] ROOT = "<edXML".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DECLARATION =
            " xmlns:xlink=\"http://www.w3.org/1999/xlink\"".getBytes(StandardCharsets.US_ASCII);
    private byte[] pending = new byte[0];
    private int pendingPos;
    private boolean done;

    XlinkDeclaringStream(InputStream in) throws IOException {
        super(in);
        byte[] head = in.readNBytes(4096);
        int at = indexOf(head, ROOT);
        if (at < 0) {
            pending = head;
        } else {
            int split = at + ROOT.length;
            pending = new byte[head.length + DECLARATION.length];
            System.arraycopy(head, 0, pending, 0, split);
            System.arraycopy(DECLARATION, 0, pending, split, DECLARATION.length);
            System.arraycopy(head, split, pending, split + DECLARATION.length, head.length - split);
        }
    }

    private static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public int read() throws IOException {
        if (!done && pendingPos < pending.length) {
            return pending[pendingPos++] & 0xFF;
        }
        done = true;
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (!done && pendingPos < pending.length) {
            int n = Math.min(len, pending.length - pendingPos);
            System.arraycopy(pending, pendingPos, b, off, n);
            pendingPos += n;
            return n;
        }
        done = true;
        return super.read(b, off, len);
    }
}
