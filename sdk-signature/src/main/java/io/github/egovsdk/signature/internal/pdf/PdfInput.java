package io.github.egovsdk.signature.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Random-access bytes of a PDF, from a file (read through a small window, so a 200 MB file costs a few KiB of heap)
 * or from a decoded object stream held in memory.
 */
final class PdfInput {
    private static final int WINDOW = 8 * 1024;
    private final FileChannel channel;
    private final byte[] bytes;
    private final long size;
    private final ByteBuffer window;
    private long windowStart;
    private int windowLength;
    private long pos;

    private PdfInput(FileChannel channel, byte[] bytes, long size) {
        this.channel = channel;
        this.bytes = bytes;
        this.size = size;
        this.window = channel != null ? ByteBuffer.allocate(WINDOW) : null;
    }

    static PdfInput of(FileChannel channel) throws IOException {
        return new PdfInput(channel, null, channel.size());
    }

    static PdfInput of(byte[] bytes) {
        return new PdfInput(null, bytes, bytes.length);
    }

    long size() {
        return size;
    }

    long position() {
        return pos;
    }

    void seek(long position) {
        pos = Math.max(0, Math.min(position, size));
    }

    /** The next byte (0-255), or -1 at the end. */
    int read() {
        int b = peek();
        if (b >= 0) {
            pos++;
        }
        return b;
    }

    int peek() {
        if (pos >= size) {
            return -1;
        }
        if (bytes != null) {
            return bytes[(int) pos] & 0xff;
        }
        if (pos < windowStart || pos >= windowStart + windowLength) {
            fill(pos);
        }
        return window.get((int) (pos - windowStart)) & 0xff;
    }

    /** Reads {@code length} bytes at {@code offset} (bounded by the caller). */
    byte[] read(long offset, int length) throws IOException {
        if (offset < 0 || length < 0 || offset + length > size) {
            throw new StreamingPdfException("a stream goes past the end of the file");
        }
        byte[] out = new byte[length];
        if (bytes != null) {
            System.arraycopy(bytes, (int) offset, out, 0, length);
            return out;
        }
        ByteBuffer dst = ByteBuffer.wrap(out);
        while (dst.hasRemaining()) {
            if (channel.read(dst, offset + dst.position()) < 0) {
                throw new StreamingPdfException("unexpected end of file");
            }
        }
        return out;
    }

    private void fill(long at) {
        try {
            window.clear();
            windowStart = at;
            while (window.hasRemaining() && channel.read(window, at + window.position()) > 0) {
                // loop until the window is full or the file ends
            }
            windowLength = window.position();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
