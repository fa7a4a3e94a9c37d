package io.github.egovsdk.signature.internal.pdf;

import java.io.IOException;

/**
 * The streaming signer met a structure it does not handle (encryption, a damaged cross-reference, an unknown
 * filter): the caller falls back to loading the document with PDFBox, which can reconstruct it.
 */
public final class StreamingPdfException extends IOException {
    private static final long serialVersionUID = 1L;

    public StreamingPdfException(String message) {
        super(message);
    }
}
