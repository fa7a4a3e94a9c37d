package io.github.egovsdk.signature.verify;

import io.github.egovsdk.core.EgovClientException;

/** The input cannot be validated at all: not a signature container, truncated, unsafe or absurdly large. */
public class SignatureValidationException extends EgovClientException {
    private static final long serialVersionUID = 1L;

    public SignatureValidationException(String message) {
        super(message);
    }

    public SignatureValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
