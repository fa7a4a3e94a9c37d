package io.github.egovsdk.signature.remote;

import io.github.egovsdk.core.EgovServiceException;
import java.util.Objects;

/**
 * A remote-signing transaction gave no usable signature (giao dịch ký từ xa không thành công). A service-category
 * error ({@link EgovServiceException}, HTTP status 200 and {@link #reason()} as the service code): in every case it is
 * the remote transaction that failed — the user refused or let it expire in the provider's app, did not approve within
 * the caller's timeout, the caller cancelled it, or the service returned a value that does not verify or none for a
 * document. HTTP failures of the provider stay {@link EgovServiceException} / {@code EgovTransportException}.
 */
public class RemoteSigningException extends EgovServiceException {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    /** Why the transaction failed. */
    public enum Reason {
        /** The user refused in the provider's app. */
        REJECTED,
        /** The provider expired the request (the user did not answer in the provider's time). */
        EXPIRED,
        /** The user did not approve within the caller's timeout. */
        TIMED_OUT,
        /** The caller cancelled the wait. */
        CANCELLED,
        /** The value returned does not verify with the certificate over the data to sign. */
        INVALID_VALUE,
        /** The provider returned no value for this document (part of a batch failed). */
        MISSING
    }

    public RemoteSigningException(Reason reason, String message) {
        super(200, Objects.requireNonNull(reason, "reason").name(), message, null, null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
