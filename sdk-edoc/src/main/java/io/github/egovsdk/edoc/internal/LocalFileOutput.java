package io.github.egovsdk.edoc.internal;

import io.github.egovsdk.core.LocalStorageException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file output whose failures are {@link LocalStorageException}s (unchecked), so that code copying a network stream
 * into it can tell a failing disk from a failing connection: the {@code IOException}s still caught there are the
 * network's.
 */
public final class LocalFileOutput extends FilterOutputStream {
    private final Path file;

    private LocalFileOutput(OutputStream out, Path file) {
        super(out);
        this.file = file;
    }

    /** Opens (creates or truncates) {@code file}. */
    public static LocalFileOutput open(Path file) {
        try {
            return new LocalFileOutput(Files.newOutputStream(file), file);
        } catch (IOException e) {
            throw LocalStorageException.writing(file, e);
        }
    }

    @Override
    public void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw LocalStorageException.writing(file, e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw LocalStorageException.writing(file, e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw LocalStorageException.writing(file, e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw LocalStorageException.writing(file, e);
        }
    }
}
