package io.github.egovsdk.signature.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.xml.security.signature.XMLSignatureInput;
import org.apache.xml.security.signature.XMLSignatureStreamInput;
import org.apache.xml.security.utils.resolver.ResourceResolverContext;
import org.apache.xml.security.utils.resolver.ResourceResolverException;
import org.apache.xml.security.utils.resolver.ResourceResolverSpi;

/**
 * Resolves every external (not same-document) Reference URI of one XML signature to the detached content given by
 * the caller, streamed from disk — and, without content, refuses them: a signature never makes the SDK read a local
 * file or fetch a URL it names.
 */
public final class DetachedResolver extends ResourceResolverSpi {
    private final Path content;

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
            throw new ResourceResolverException(new IOException("The signed data is detached: give the signed content"
                    + " to verify it (" + context.uriToResolve + ")"), context.uriToResolve, context.baseUri,
                    "generic.EmptyMessage");
        }
        try {
            XMLSignatureInput input = new XMLSignatureStreamInput(Files.newInputStream(content));
            input.setSourceURI(context.uriToResolve);
            return input;
        } catch (IOException e) {
            throw new ResourceResolverException(e, context.uriToResolve, context.baseUri, "generic.EmptyMessage");
        }
    }
}
