package io.github.egovsdk.core.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/**
 * The databases the SDK's stores support, and every SQL difference between them — nowhere else does SQL vary. Claims
 * are conditional {@code UPDATE}s (an atomic compare-and-set), which both run the same way; what differs is the DDL
 * (shipped per dialect) and the few statements below.
 */
public enum SqlDialect {
    /** PostgreSQL 12 or later: the clustered deployment. */
    POSTGRESQL("postgresql"),
    /** H2 2.x: the embedded default for a single machine (file mode). */
    H2("h2");

    private final String resourceName;

    SqlDialect(String resourceName) {
        this.resourceName = resourceName;
    }

    /** The folder name of this dialect's DDL resources ({@code postgresql}, {@code h2}). */
    public String resourceName() {
        return resourceName;
    }

    /** The dialect of a database product name as JDBC reports it; empty when unsupported. */
    public static Optional<SqlDialect> fromProductName(String productName) {
        String p = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (p.contains("postgresql")) {
            return Optional.of(POSTGRESQL);
        }
        if (p.equals("h2")) {
            return Optional.of(H2);
        }
        return Optional.empty();
    }

    /** Detects the dialect from a live connection's metadata. */
    public static SqlDialect detect(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return fromProductName(product)
                .orElseThrow(() -> new EgovDatabaseException("Unsupported database " + product
                        + " (supported: PostgreSQL, H2) / Cơ sở dữ liệu không được hỗ trợ"));
    }

    /**
     * Inserts a row unless one with the same key exists, without failing the transaction:
     * {@code INSERT … ON CONFLICT DO NOTHING} (PostgreSQL) or {@code MERGE … WHEN NOT MATCHED} (H2).
     *
     * @param table   the table (prefix applied)
     * @param key     the key column(s), comma-separated
     * @param columns every inserted column, key first; the statement takes one parameter per column in this order
     */
    public String insertIfAbsent(String table, String key, String... columns) {
        String cols = String.join(", ", columns);
        String marks = String.join(", ", Collections.nCopies(columns.length, "?"));
        return switch (this) {
            case POSTGRESQL ->
                "INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ") ON CONFLICT (" + key + ") DO NOTHING";
            case H2 -> {
                StringBuilder values = new StringBuilder();
                for (String c : columns) {
                    values.append(values.length() == 0 ? "" : ", ").append("s.").append(c);
                }
                StringBuilder on = new StringBuilder();
                for (String k : key.split(",")) {
                    on.append(on.length() == 0 ? "" : " AND ")
                            .append("t.")
                            .append(k.strip())
                            .append(" = s.")
                            .append(k.strip());
                }
                yield "MERGE INTO " + table + " t USING (VALUES (" + marks + ")) s(" + cols + ") ON " + on
                        + " WHEN NOT MATCHED THEN INSERT (" + cols + ") VALUES (" + values + ")";
            }
        };
    }

    /**
     * Executes an {@link #insertIfAbsent} statement: 1 when inserted, 0 when the key existed. H2's {@code MERGE} can
     * still meet a concurrent insert of the same key; that unique violation (which does not abort an H2 transaction)
     * counts as "existed".
     */
    public int executeInsertIfAbsent(PreparedStatement statement) throws SQLException {
        try {
            return statement.executeUpdate();
        } catch (SQLException e) {
            if (this == H2 && isUniqueViolation(e)) {
                return 0;
            }
            throw e;
        }
    }

    /**
     * Serializes schema migrations between instances within the current transaction: a transaction-scoped advisory
     * lock (PostgreSQL); H2 runs embedded in one process, where {@link JdbcDatabase} already serializes them.
     */
    String migrationLock() {
        return this == POSTGRESQL ? "SELECT pg_advisory_xact_lock(7230188541)" : null;
    }

    /** Whether the SQLSTATE is a unique-key violation. */
    public boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState()) || (this == H2 && e.getErrorCode() == 23505);
    }
}
