package io.github.egovsdk.core.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Applies versioned DDL resources in order, each in its own transaction with its row in {@code schema_version}. On
 * PostgreSQL a transaction-scoped advisory lock serializes concurrent instances and DDL is transactional; H2 commits
 * DDL itself, so there a JVM-wide lock serializes migrations (H2 in file mode is one process).
 */
final class Migrations {
    private static final ReentrantLock H2_LOCK = new ReentrantLock();

    private Migrations() {}

    static int apply(JdbcDatabase db, String component, Class<?> anchor, String base) {
        String versions = db.table("schema_version");
        db.withConnection(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + versions + " (component VARCHAR(64) NOT NULL, version INT NOT"
                        + " NULL, applied_at TIMESTAMP NOT NULL, PRIMARY KEY (component, version))");
            } catch (SQLException e) {
                // Two instances creating it at once: the loser finds it there. PostgreSQL's IF NOT EXISTS is not
                // atomic: the loser may get 23505, 42P07 (duplicate table) or 42710 (its row type already exists).
                if (!db.dialect().isUniqueViolation(e)
                        && !"42P07".equals(e.getSQLState())
                        && !"42710".equals(e.getSQLState())) {
                    throw e;
                }
            }
            return null;
        });
        int version = 0;
        for (int v = 1; ; v++) {
            String resource = base + "/" + db.dialect().resourceName() + "/V" + v + ".sql";
            String sql = read(anchor, resource);
            if (sql == null) {
                return version;
            }
            int target = v;
            boolean h2 = db.dialect() == SqlDialect.H2;
            if (h2) {
                H2_LOCK.lock();
            }
            try {
                db.inTransaction(c -> {
                    String lock = db.dialect().migrationLock();
                    if (lock != null) {
                        try (Statement s = c.createStatement()) {
                            s.execute(lock);
                        }
                    }
                    if (applied(c, versions, component, target)) {
                        return null;
                    }
                    try (Statement s = c.createStatement()) {
                        for (String statement : statements(sql.replace("${prefix}", db.tablePrefix()))) {
                            s.execute(statement);
                        }
                    }
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO " + versions
                            + " (component, version, applied_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                        p.setString(1, component);
                        p.setInt(2, target);
                        p.executeUpdate();
                    }
                    return null;
                });
            } finally {
                if (h2) {
                    H2_LOCK.unlock();
                }
            }
            version = v;
        }
    }

    private static boolean applied(Connection c, String versions, String component, int v) throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement("SELECT 1 FROM " + versions + " WHERE component = ? AND version = ?")) {
            p.setString(1, component);
            p.setInt(2, v);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Statements end with ';' at the end of a line; lines starting with "--" are comments. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\r?\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (t.endsWith(";")) {
                String s = current.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EgovDatabaseException("Cannot read schema resource " + resource + ": " + e.getMessage());
        }
    }
}
