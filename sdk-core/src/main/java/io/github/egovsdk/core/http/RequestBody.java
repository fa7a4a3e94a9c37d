package io.github.egovsdk.core.http;

import io.github.egovsdk.core.EgovClientException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A request body that is written to the wire as a stream, so a body of any size never sits whole in memory.
 *
 * <p>A body is <em>replayable</em> when it can be written again for a retry (bytes, a file); a body read from a
 * one-shot {@link InputStream} is not, and a request carrying it is never retried.
 */
public interface RequestBody {

    /** The media type, e.g. {@code application/json; charset=UTF-8}. */
    String contentType();

    /** The length in bytes, or {@code -1} when unknown (sent chunked). */
    long contentLength();

    /** Whether {@link #writeTo} may be called more than once. */
    boolean isReplayable();

    /** Writes the body; called once per attempt. */
    void writeTo(OutputStream out) throws IOException;

    static RequestBody ofBytes(byte[] bytes, String contentType) {
        byte[] copy = bytes.clone();
        return new Simple(contentType, copy.length, true) {
            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(copy);
            }
        };
    }

    static RequestBody ofString(String text, String contentType) {
        return ofBytes(text.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /** A file streamed from disk on every attempt (replayable). */
    static RequestBody ofFile(Path file, String contentType) {
        Objects.requireNonNull(file, "file");
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new EgovClientException("Cannot read request body file " + file, e);
        }
        return new Simple(contentType, size, true) {
            @Override
            public void writeTo(OutputStream out) throws IOException {
                Files.copy(file, out);
            }
        };
    }

    /** A one-shot stream (not replayable: a request with this body is never retried). */
    static RequestBody ofStream(InputStream in, long contentLength, String contentType) {
        Objects.requireNonNull(in, "in");
        return new Simple(contentType, contentLength, false) {
            private boolean consumed;

            @Override
            public synchronized void writeTo(OutputStream out) throws IOException {
                if (consumed) {
                    throw new IllegalStateException("A stream request body can be written only once");
                }
                consumed = true;
                in.transferTo(out);
            }
        };
    }

    /** Shared state of the factory bodies. */
    abstract class Simple implements RequestBody {
        private final String contentType;
        private final long length;
        private final boolean replayable;

        protected Simple(String contentType, long length, boolean replayable) {
            this.contentType = Objects.requireNonNull(contentType, "contentType");
            this.length = length;
            this.replayable = replayable;
        }

        @Override
        public String contentType() {
            return contentType;
        }

        @Override
        public long contentLength() {
            return length;
        }

        @Override
        public boolean isReplayable() {
            return replayable;
        }
    }
}
