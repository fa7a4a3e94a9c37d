package io.github.egovsdk.core;

/** The call could not complete at the transport level: I/O error, connection refused or reset, timeout, TLS failure. */
public class EgovTransportException extends EgovException {
    private static final long serialVersionUID = 1L;

    public EgovTransportException(String message, Throwable cause) {
        super(message, cause);
    }

    public EgovTransportException(String message) {
        super(message);
    }
}
