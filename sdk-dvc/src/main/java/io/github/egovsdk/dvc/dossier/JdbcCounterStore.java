package io.github.egovsdk.dvc.dossier;

import io.github.egovsdk.core.jdbc.JdbcDatabase;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Dossier numbers in a database shared by every instance of a one-stop system (PostgreSQL; H2 for one machine): table
 * {@code <prefix>dossier_counter (agency, receipt_day, n)}. {@link #next} increments the day's row with an
 * {@code UPDATE} in
 * one transaction — the row lock makes concurrent instances take turns — so numbers are unique and consecutive per
 * agency and day (a number is only skipped when a transaction fails after the increment, which rolls it back).
 *
 * <pre>{@code
 * DossierCodeGenerator codes = new DossierCodeGenerator(JdbcCounterStore.create(db), Clock.systemUTC());
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class JdbcCounterStore implements DossierCodeGenerator.CounterStore {
    /** The component name in {@code <prefix>schema_version}. */
    public static final String COMPONENT = "dvc";

    private final JdbcDatabase db;
    private final String table;

    private JdbcCounterStore(JdbcDatabase db) {
        this.db = Objects.requireNonNull(db, "database");
        this.table = db.table("dossier_counter");
        if (db.migratesSchema()) {
            migrate(db);
        }
    }

    public static JdbcCounterStore create(JdbcDatabase db) {
        return new JdbcCounterStore(db);
    }

    /** Applies the dvc schema migrations ({@code io/github/egovsdk/dvc/schema/<dialect>/V<n>.sql}). */
    public static int migrate(JdbcDatabase db) {
        return db.migrate(COMPONENT, JdbcCounterStore.class, "/io/github/egovsdk/dvc/schema");
    }

    @Override
    public int next(String agencyCode, LocalDate day) {
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(day, "day");
        return db.inTransaction(c -> {
            if (increment(c, agencyCode, day) == 0) {
                try (PreparedStatement p = c.prepareStatement(
                        db.dialect().insertIfAbsent(table, "agency, receipt_day", "agency", "receipt_day", "n"))) {
                    p.setString(1, agencyCode);
                    p.setDate(2, Date.valueOf(day));
                    p.setInt(3, 0);
                    db.dialect().executeInsertIfAbsent(p);
                }
                increment(c, agencyCode, day);
            }
            try (PreparedStatement p =
                    c.prepareStatement("SELECT n FROM " + table + " WHERE agency = ? AND receipt_day = ?")) {
                p.setString(1, agencyCode);
                p.setDate(2, Date.valueOf(day));
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private int increment(Connection c, String agency, LocalDate day) throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement("UPDATE " + table + " SET n = n + 1 WHERE agency = ? AND receipt_day = ?")) {
            p.setString(1, agency);
            p.setDate(2, Date.valueOf(day));
            return p.executeUpdate();
        }
    }
}
