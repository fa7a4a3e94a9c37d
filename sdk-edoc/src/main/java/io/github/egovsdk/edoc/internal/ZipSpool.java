package io.github.egovsdk.edoc.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a payload goes when the caller wants only its hash: nowhere, unless it starts with the zip magic
 * {@code PK\3\4} — then it is spooled to a temporary file so that an official-SDK wrapper can be recognised and its
 * content measured (size and SHA-256 are those of what an extraction would deliver, with or without a folder).
 */
final class ZipSpool extends OutputStream {
    private final Path directory;
    private final byte[] head = new byte[4];
    private int headLength;
    private OutputStream out;
    private Path file;

    /** @param directory where to spool, or null for the system's temporary folder */
    ZipSpool(Path directory) {
        this.directory = directory;
    }

    /** The spooled file, or null when the payload is not a zip (or shorter than 4 bytes). */
    Path file() {
        return file;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (out == null) {
            int n = Math.min(len, head.length - headLength);
            System.arraycopy(b, off, head, headLength, n);
            headLength += n;
            off += n;
            len -= n;
            if (headLength < head.length) {
                return;
            }
            decide();
        }
        out.write(b, off, len);
    }

    private void decide() throws IOException {
        if (head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            file = directory == null
                    ? Files.createTempFile("edxml-attachment", ".part")
                    : Files.createTempFile(directory, ".edxml-attachment", ".part");
            out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            out.write(head);
        } else {
            out = OutputStream.nullOutputStream();
        }
    }

    @Override
    public void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
