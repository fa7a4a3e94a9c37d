package io.github.egovsdk.fuzz;

import io.github.egovsdk.core.http.HttpHeaders;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.HttpTransport;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An {@link HttpTransport} (the SDK's public SPI) that answers from memory, so a harness can feed fuzzed bodies to a
 * real client pipeline thousands of times a second. A body may break after {@code failAfter} bytes, as a connection
 * reset or a malformed chunk does on a real socket.
 */
final class ScriptedTransport implements HttpTransport {
    private final Function<HttpRequest, Answer> script;

    /** One scripted answer; {@code failAfter} &lt; 0 means the body reads to its end. */
    record Answer(int status, String contentType, byte[] body, int failAfter) {}

    ScriptedTransport(Function<HttpRequest, Answer> script) {
        this.script = script;
    }

    @Override
    public HttpResponse execute(HttpRequest request) {
        Answer a = script.apply(request);
        InputStream body = new ByteArrayInputStream(a.body());
        if (a.failAfter() >= 0) {
            body = new Breaking(body, a.failAfter());
        }
        InputStream stream = body;
        HttpHeaders headers = HttpHeaders.of(Map.of("Content-Type", List.of(a.contentType())));
        return new HttpResponse() {
            @Override
            public int statusCode() {
                return a.status();
            }

            @Override
            public HttpHeaders headers() {
                return headers;
            }

            @Override
            public InputStream body() {
                return stream;
            }

            @Override
            public void close() {
                // nothing pooled
            }
        };
    }

    @Override
    public void close() {
        // nothing pooled
    }

    /** Fails with an IOException once {@code limit} bytes were read. */
    private static final class Breaking extends FilterInputStream {
        private int left;

        Breaking(InputStream in, int limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left-- <= 0) {
                throw new IOException("Truncated chunk (scripted)");
            }
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                throw new IOException("Truncated chunk (scripted)");
            }
            int n = super.read(b, off, Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
