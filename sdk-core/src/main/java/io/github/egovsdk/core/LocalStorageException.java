package io.github.egovsdk.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The local disk or file system failed (tệp cục bộ): a file the caller named cannot be read, or a download, staging
 * folder or checkpoint cannot be written. Always this type, in every module, so that "the network failed"
 * ({@link EgovTransportException}, worth retrying) and "this machine's disk failed" (fix the path, the permissions or
 * the free space) are never confused.
 */
public class LocalStorageException extends EgovClientException {
    private static final long serialVersionUID = 1L;
    private final String path;

    public LocalStorageException(String message, Path path, Throwable cause) {
        super(message, cause);
        this.path = path == null ? null : path.toString();
    }

    /** Reading {@code path} failed. */
    public static LocalStorageException reading(Path path, IOException cause) {
        return new LocalStorageException(
                "Cannot read " + path + ": " + reason(cause) + " / Không đọc được tệp " + path, path, cause);
    }

    /** Writing (or creating) {@code path} failed. */
    public static LocalStorageException writing(Path path, IOException cause) {
        return new LocalStorageException(
                "Cannot write " + path + ": " + reason(cause) + " / Không ghi được tệp " + path, path, cause);
    }

    /** The file or folder concerned, as the caller named it; may be {@code null}. */
    public String path() {
        return path;
    }

    private static String reason(Throwable cause) {
        Throwable c = cause instanceof UncheckedIOException u ? u.getCause() : cause;
        return c == null
                ? "unknown"
                : c.getClass().getSimpleName() + (c.getMessage() == null ? "" : " " + c.getMessage());
    }
}
