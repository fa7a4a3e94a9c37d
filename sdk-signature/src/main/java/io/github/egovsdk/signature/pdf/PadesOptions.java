package io.github.egovsdk.signature.pdf;

import io.github.egovsdk.signature.sign.Packaging;
import io.github.egovsdk.signature.sign.SignOptions;

/**
 * What the signature dictionary says, and its visible appearance. A PAdES signature is always
 * {@link Packaging#ENVELOPED enveloped} (inside the PDF, as an incremental update).
 *
 * @param name     signer name shown by readers; may be null (taken from the certificate by readers)
 * @param reason   e.g. "Ký ban hành văn bản"; may be null
 * @param location e.g. "Bắc Ninh"; may be null
 * @param visible  the appearance, or null for an invisible signature
 */
public record PadesOptions(String name, String reason, String location, VisibleSignature visible)
        implements SignOptions {
    public static PadesOptions invisible() {
        return new PadesOptions(null, null, null, null);
    }

    @Override
    public Packaging packaging() {
        return Packaging.ENVELOPED;
    }
}
