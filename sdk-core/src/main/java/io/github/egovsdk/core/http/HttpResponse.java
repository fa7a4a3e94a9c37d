package io.github.egovsdk.core.http;

import io.github.egovsdk.core.EgovTransportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body is a stream: read it, or {@link #close()} it, to give the connection back to the pool.
 * A response of any size can be copied to a file without being held in memory.
 */
public interface HttpResponse extends AutoCloseable {

    int statusCode();

    HttpHeaders headers();

    /** The body as a stream (empty stream when there is none). Read at most once. */
    InputStream body();

    /** Streams the body to {@code out} and returns the number of bytes copied. */
    default long transferTo(OutputStream out) {
        try (InputStream in = body()) {
            return in.transferTo(out);
        } catch (IOException e) {
            // the service answered: whatever the request asked for may have been done
            throw new EgovTransportException("Failed reading the response body: " + e.getMessage(), e, false, true);
        }
    }

    /**
     * Reads a body known to be small (JSON, status) as UTF-8 text, refusing more than {@code maxBytes}.
     *
     * @throws io.github.egovsdk.core.EgovTransportException when the body is larger, or reading it fails (reset,
     *         malformed chunk, read timeout, the call's total budget); a failed read is {@code outcomeUnknown()}:
     *         the service answered, so it may have done what was asked
     */
    default String bodyAsString(int maxBytes) {
        try (InputStream in = body()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new EgovTransportException("Response body larger than the limit of " + maxBytes + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EgovTransportException("Failed reading the response body: " + e.getMessage(), e, false, true);
        }
    }

    /**
     * Drops the connection now, from any thread: a read blocked on the body fails at once. Used when the call's
     * total time budget runs out. The default closes the response.
     */
    default void abort() {
        close();
    }

    @Override
    void close();
}
