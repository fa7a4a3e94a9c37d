package io.github.egovsdk.edoc;

import io.github.egovsdk.core.EgovClientException;

/** The input is well-formed XML but not an edXML message we can read (wrong root, broken attachment payload). */
public class EdxmlFormatException extends EgovClientException {
    private static final long serialVersionUID = 1L;

    public EdxmlFormatException(String message) {
        super(message);
    }

    public EdxmlFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
