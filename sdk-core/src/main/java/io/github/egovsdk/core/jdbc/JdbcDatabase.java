package io.github.egovsdk.core.jdbc;

import io.github.egovsdk.core.EgovClientException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * One database for the SDK's stores: your {@link DataSource} (pooled or not — the SDK borrows a connection per unit of
 * work and returns it at once), the {@link SqlDialect} (detected from the connection unless set), a table prefix
 * ({@code egov_} by default, so {@code egov_receive_checkpoint}) and the schema migration step.
 *
 * <pre>{@code
 * JdbcDatabase db = JdbcDatabase.builder().dataSource(pool).tablePrefix("vanthu_").build();
 * // each store migrates its own tables on creation, unless .migrateSchema(false): then apply the DDL yourself
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class JdbcDatabase {
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,29}|");
    private static final int MAX_RETRIES = 5;
    private final DataSource dataSource;
    private final String prefix;
    private final SqlDialect dialect;
    private final boolean migrate;

    private JdbcDatabase(Builder b) {
        this.dataSource = Objects.requireNonNull(b.dataSource, "dataSource");
        if (!PREFIX.matcher(b.prefix).matches()) {
            throw new EgovClientException("tablePrefix must be letters, digits and '_', starting"
                    + " with a letter, at most 30 characters / Tiền tố bảng không hợp lệ: " + b.prefix);
        }
        this.prefix = b.prefix;
        this.migrate = b.migrate;
        this.dialect = b.dialect != null ? b.dialect : withConnection(SqlDialect::detect);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The embedded single-machine default: an H2 database in file mode at {@code file} (H2 adds {@code .mv.db}); the
     * H2 driver ({@code com.h2database:h2}) must be on the class path.
     */
    public static JdbcDatabase h2File(Path file) {
        String url = "jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        return builder()
                .dataSource(new DriverManagerDataSource(url, "sa", ""))
                .dialect(SqlDialect.H2)
                .build();
    }

    public SqlDialect dialect() {
        return dialect;
    }

    public String tablePrefix() {
        return prefix;
    }

    /** {@code prefix + name}: the name of one of the SDK's tables. */
    public String table(String name) {
        return prefix + name;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Whether stores built on this database apply their schema migrations (default true). */
    public boolean migratesSchema() {
        return migrate;
    }

    /**
     * Applies a component's versioned DDL ({@code <base>/<dialect>/V1.sql}, {@code V2.sql}, … loaded next to
     * {@code anchor}, {@code ${prefix}} replaced by the table prefix) not yet recorded in {@code
     * <prefix>schema_version}; safe to run from several instances at once. Returns the component's schema version.
     * Stores call it when {@link #migratesSchema()}; call it yourself to migrate ahead of deployment.
     */
    public int migrate(String component, Class<?> anchor, String base) {
        return Migrations.apply(this, component, anchor, base);
    }

    /** Runs {@code work} on one connection in auto-commit mode. */
    public <T> T withConnection(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new EgovDatabaseException("Database call failed", e);
        }
    }

    /**
     * Runs {@code work} in one transaction (READ COMMITTED) and commits; rolls back when it throws. Serialization
     * failures and deadlocks are retried a few times, so {@code work} must be repeatable (it is, if all it does is
     * SQL); an unchecked exception of {@code work} is rethrown as is after the rollback.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    T result = work.apply(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException | Error e) {
                    rollbackQuietly(c, e);
                    throw e;
                } finally {
                    restore(c, auto);
                }
            } catch (SQLException e) {
                if (attempt < MAX_RETRIES
                        && EgovDatabaseException.isRetryable(e.getSQLState())
                        && !e.getSQLState().startsWith("08")) {
                    continue;
                }
                throw new EgovDatabaseException("Database transaction failed", e);
            }
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }

    private static void restore(Connection c, boolean auto) {
        try {
            c.setAutoCommit(auto);
        } catch (SQLException ignored) {
            // the pool validates connections it gets back
        }
    }

    /** Builder of {@link JdbcDatabase}. */
    public static final class Builder {
        private DataSource dataSource;
        private String prefix = "egov_";
        private SqlDialect dialect;
        private boolean migrate = true;

        private Builder() {}

        public Builder dataSource(DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        /**
         * A {@link java.sql.DriverManager} source that keeps a few idle connections: for tools and tests (pass your
         * own pool in production).
         */
        public Builder url(String jdbcUrl, String user, String password) {
            this.dataSource = new DriverManagerDataSource(jdbcUrl, user, password);
            return this;
        }

        /** Prefix of every table the SDK creates (default {@code egov_}; empty allowed). */
        public Builder tablePrefix(String prefix) {
            this.prefix = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        /** Skips detection from the connection's metadata. */
        public Builder dialect(SqlDialect dialect) {
            this.dialect = dialect;
            return this;
        }

        /** {@code false}: stores never run DDL (you apply the shipped scripts with your own migration tool). */
        public Builder migrateSchema(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        public JdbcDatabase build() {
            return new JdbcDatabase(this);
        }
    }
}
