package io.github.egovsdk.core.jdbc;

import io.github.egovsdk.core.EgovException;
import java.sql.SQLException;

/**
 * A database call of an SDK store failed. {@link #sqlState()} is the driver's SQLSTATE; {@link #isRetryable()} is
 * true for failures a retry may cure (serialization failure, deadlock, lost connection).
 */
public class EgovDatabaseException extends EgovException {
    private static final long serialVersionUID = 1L;
    private final String sqlState;

    public EgovDatabaseException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage() + " (SQLSTATE " + cause.getSQLState() + ")", cause);
        this.sqlState = cause.getSQLState();
    }

    public EgovDatabaseException(String message) {
        super(message);
        this.sqlState = null;
    }

    /** The SQLSTATE reported by the driver, or null. */
    public String sqlState() {
        return sqlState;
    }

    /** Serialization failure (40001), deadlock (40P01) or a connection exception (class 08). */
    public boolean isRetryable() {
        return isRetryable(sqlState);
    }

    static boolean isRetryable(String state) {
        return state != null && (state.equals("40001") || state.equals("40P01") || state.startsWith("08"));
    }
}
