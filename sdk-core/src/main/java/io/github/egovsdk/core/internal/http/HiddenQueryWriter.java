package io.github.egovsdk.core.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpVersion;
import org.apache.hc.core5.http.ProtocolVersion;
import org.apache.hc.core5.http.impl.io.DefaultHttpRequestWriter;
import org.apache.hc.core5.http.io.HttpMessageWriterFactory;
import org.apache.hc.core5.http.io.SessionOutputBuffer;
import org.apache.hc.core5.http.message.BasicLineFormatter;
import org.apache.hc.core5.http.message.RequestLine;
import org.apache.hc.core5.util.CharArrayBuffer;

/**
 * Keeps secrets in a query string (the Social Security gateway takes {@code token}, {@code id_token} and
 * {@code password} as query parameters) away from Apache HttpClient's own loggers: the request HttpClient handles
 * carries the query redacted — that is what its {@code MainClientExec} logs at DEBUG — and the real query travels in
 * an internal header that this writer, at the socket, puts back into the request line and never sends.
 */
final class HiddenQueryWriter extends DefaultHttpRequestWriter {
    /** Internal header holding the real raw query; never written to the wire. */
    static final String HEADER = "X-Egov-Internal-Query";

    static final HttpMessageWriterFactory<ClassicHttpRequest> FACTORY = HiddenQueryWriter::new;

    private String hiddenQuery;

    /** The URI HttpClient may see and log: the query redacted, or {@code uri} itself when nothing is secret. */
    static URI shown(URI uri, String redactedQuery) {
        String s = uri.toString();
        int q = s.indexOf('?');
        String fragment = uri.getRawFragment();
        return URI.create(s.substring(0, q + 1) + redactedQuery + (fragment == null ? "" : "#" + fragment));
    }

    @Override
    public void write(ClassicHttpRequest message, SessionOutputBuffer buffer, OutputStream out)
            throws IOException, HttpException {
        Header hidden = message.getFirstHeader(HEADER);
        hiddenQuery = hidden == null ? null : hidden.getValue();
        message.removeHeaders(HEADER);
        try {
            super.write(message, buffer, out);
        } finally {
            hiddenQuery = null;
        }
    }

    @Override
    protected void writeHeadLine(ClassicHttpRequest message, CharArrayBuffer lineBuf) throws IOException {
        if (hiddenQuery == null) {
            super.writeHeadLine(message, lineBuf);
            return;
        }
        String shown = message.getRequestUri();
        int q = shown.indexOf('?');
        // Origin form or, through a plain HTTP proxy, absolute form: only the query part is swapped.
        String target = (q < 0 ? shown + "?" : shown.substring(0, q + 1)) + hiddenQuery;
        ProtocolVersion version = message.getVersion() != null ? message.getVersion() : HttpVersion.HTTP_1_1;
        BasicLineFormatter.INSTANCE.formatRequestLine(lineBuf, new RequestLine(message.getMethod(), target, version));
    }
}
