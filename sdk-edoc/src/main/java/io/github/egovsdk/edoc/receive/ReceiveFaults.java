package io.github.egovsdk.edoc.receive;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.zip.ZipException;

/**
 * Tells a package that is itself unreadable (acknowledge {@code fail}: it will never parse) from a local fault while
 * reading it (disk full, folder not writable: leave it for the next poll — acknowledging {@code fail} would drop a
 * real document). Local faults show as an {@link IOException} in the cause chain, other than the decoding errors
 * (invalid UTF-8, corrupt zip) that are the content's fault.
 */
final class ReceiveFaults {
    private ReceiveFaults() {}

    static boolean isLocal(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof CharConversionException
                    || c instanceof CharacterCodingException
                    || c instanceof ZipException) {
                return false;
            }
            if (c instanceof IOException || c instanceof UncheckedIOException) {
                return true;
            }
        }
        return false;
    }
}
