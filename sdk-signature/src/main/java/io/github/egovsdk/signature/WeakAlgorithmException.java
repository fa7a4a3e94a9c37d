package io.github.egovsdk.signature;

import io.github.egovsdk.core.EgovClientException;

/** Signing was refused: SHA-1, MD5 or an RSA key under 2048 bits. */
public class WeakAlgorithmException extends EgovClientException {
    private static final long serialVersionUID = 1L;

    public WeakAlgorithmException(String message) {
        super(message);
    }
}
