package io.github.egovsdk.signature.remote;

import io.github.egovsdk.core.EgovException;

/** The remote signature was refused, expired, cancelled or timed out, or the value returned does not verify. */
public class RemoteSigningException extends EgovException {
    private static final long serialVersionUID = 1L;

    public RemoteSigningException(String message) {
        super(message);
    }
}
