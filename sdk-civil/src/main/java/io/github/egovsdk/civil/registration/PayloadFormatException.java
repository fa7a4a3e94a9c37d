package io.github.egovsdk.civil.registration;

import io.github.egovsdk.core.EgovClientException;

/**
 * A payload could not be decoded at all: not JSON, an encoded layer that is not the expected JSON or XML string, XML
 * that is malformed or unsafe (a DTD or entity — refused by the SDK's secure parser), or larger than the configured
 * limit. {@link #part()} says which layer ({@code data}, {@code data.data}, {@code hoTich}, …); {@link #unsafe()}
 * is true when it was refused for safety rather than syntax.
 */
public class PayloadFormatException extends EgovClientException {
    private static final long serialVersionUID = 1L;
    private final String part;
    private final boolean unsafe;

    public PayloadFormatException(String part, String message, boolean unsafe, Throwable cause) {
        super(part + ": " + message, cause);
        this.part = part;
        this.unsafe = unsafe;
    }

    /** The layer or field of the payload that failed. */
    public String part() {
        return part;
    }

    /** Refused for safety (DTD, entities, size) rather than malformed. */
    public boolean unsafe() {
        return unsafe;
    }
}
