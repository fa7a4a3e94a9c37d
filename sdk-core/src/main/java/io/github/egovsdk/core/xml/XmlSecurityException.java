package io.github.egovsdk.core.xml;

import io.github.egovsdk.core.EgovClientException;

/**
 * XML refused for safety or because it is malformed: a DTD or external entity, a limit exceeded (depth, text size,
 * entity expansion), or a syntax error — with the line and column where it was found.
 */
public class XmlSecurityException extends EgovClientException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    public XmlSecurityException(String message, int line, int column, Throwable cause) {
        super(message + (line > 0 ? " (line " + line + ", column " + column + ")" : ""), cause);
        this.line = line;
        this.column = column;
    }

    /** 1-based line, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or -1 when unknown. */
    public int column() {
        return column;
    }
}
