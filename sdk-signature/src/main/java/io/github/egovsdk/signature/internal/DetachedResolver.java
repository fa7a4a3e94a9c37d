package io.github.egovsdk.signature.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.xml.security.signature.XMLSignatureInput;
import org.apache.xml.security.signature.XMLSignatureStreamInput;
import org.apache.xml.security.utils.resolver.ResourceResolverContext;
import org.apache.xml.security.utils.resolver.ResourceResolverException;
import org.apache.xml.security.utils.resolver.ResourceResolverSpi;

/**
 * Resolves every external (not same-document) Reference URI of one XML signature to the detached content given by
 * the caller, streamed from disk — and, without content, refuses them: a signature never makes the SDK read a local
 * file or fetch a URL it names. Closing it closes any stream it opened that is still open (e.g. after an error), so
 * close it once the signature has been created or checked. One instance per signature operation (not thread-safe).
 */
public final class DetachedResolver extends ResourceResolverSpi implements AutoCloseable {
    private final Path content;
    private final List<InputStream> opened = new ArrayList<>();

    /** {@code content} is the detached signed file, or null to refuse every external reference. */
    public DetachedResolver(Path content) {
        this.content = content;
    }

    /** Whether {@code uri} points outside the signature's document (not "" nor "#id"). */
    public static boolean isExternal(String uri) {
        return uri != null && !uri.isEmpty() && !uri.startsWith("#");
    }

    @Override
    public boolean engineCanResolveURI(ResourceResolverContext context) {
        return isExternal(context.uriToResolve);
    }

    @Override
    public XMLSignatureInput engineResolveURI(ResourceResolverContext context) throws ResourceResolverException {
        if (content == null) {
            throw new ResourceResolverException(
                    new IOException("The signed data is detached: give the signed content" + " to verify it ("
                            + context.uriToResolve + ")"),
                    context.uriToResolve,
                    context.baseUri,
                    "generic.EmptyMessage");
        }
        try {
            InputStream in = Files.newInputStream(content);
            opened.add(in);
            XMLSignatureInput input = new XMLSignatureStreamInput(in);
            input.setSourceURI(context.uriToResolve);
            return input;
        } catch (IOException e) {
            throw new ResourceResolverException(e, context.uriToResolve, context.baseUri, "generic.EmptyMessage");
        }
    }

    /** Closes every stream opened on the detached content. */
    @Override
    public void close() {
        for (InputStream in : opened) {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing left to do with a read-only stream
            }
        }
        opened.clear();
    }
}
