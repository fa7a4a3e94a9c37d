package io.github.egovsdk.edoc.receive;

import io.github.egovsdk.core.jdbc.JdbcDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link TrackerStore} in a database shared by the instances (tables {@code <prefix>tracker_sent},
 * {@code <prefix>tracker_status}). A status is written with the recipient's row locked, so concurrent instances
 * applying statuses of one document keep the newest. Thread-safe.
 *
 * <p>Example:
 * <pre>{@code
 * EdocTracker tracker = new EdocTracker(JdbcTrackerStore.create(db));   // shared by every instance of the cluster
 * }</pre>
 */
public final class JdbcTrackerStore implements TrackerStore {
    private final JdbcDatabase db;
    private final String sentTable;
    private final String statusTable;
    private final Clock clock;

    private JdbcTrackerStore(JdbcDatabase db, Clock clock) {
        this.db = Objects.requireNonNull(db, "database");
        this.clock = clock;
        this.sentTable = db.table("tracker_sent");
        this.statusTable = db.table("tracker_status");
        if (db.migratesSchema()) {
            EdocSchema.migrate(db);
        }
    }

    public static JdbcTrackerStore create(JdbcDatabase db) {
        return new JdbcTrackerStore(db, Clock.systemUTC());
    }

    @Override
    public void sent(Sent s) {
        db.withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement(db.dialect()
                    .insertIfAbsent(
                            sentTable,
                            "document_id",
                            "document_id",
                            "organ_id",
                            "code",
                            "code_key",
                            "issued",
                            "recipients",
                            "sent_at"))) {
                p.setString(1, s.documentId());
                p.setString(2, s.organId());
                p.setString(3, s.code());
                p.setString(4, TrackerStore.codeKey(s.code()));
                p.setString(5, s.date());
                p.setString(6, String.join(",", s.recipients()));
                p.setLong(7, clock.millis());
                return db.dialect().executeInsertIfAbsent(p);
            }
        });
    }

    @Override
    public Optional<String> byDocumentId(String documentId) {
        return one("SELECT document_id FROM " + sentTable + " WHERE document_id = ?", documentId);
    }

    @Override
    public Optional<String> byCode(String organId, String code, String date) {
        return one(
                "SELECT document_id FROM " + sentTable + " WHERE organ_id = ? AND code_key = ? AND issued = ?"
                        + " ORDER BY sent_at",
                organId,
                TrackerStore.codeKey(code),
                date);
    }

    @Override
    public void status(String documentId, EdocTracker.RecipientStatus status) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(db.dialect()
                    .insertIfAbsent(
                            statusTable,
                            "document_id, recipient",
                            "document_id",
                            "recipient",
                            "status_code",
                            "description",
                            "status_time",
                            "updated_at"))) {
                bind(p, documentId, status);
                if (db.dialect().executeInsertIfAbsent(p) == 1) {
                    return null;
                }
            }
            EdocTracker.RecipientStatus current = read(c, documentId, status.organId(), true);
            if (TrackerStore.supersedes(status, current)) {
                try (PreparedStatement p = c.prepareStatement("UPDATE " + statusTable + " SET status_code = ?,"
                        + " description = ?, status_time = ?, updated_at = ? WHERE document_id = ? AND "
                        + "recipient = ?")) {
                    p.setString(1, status.statusCode());
                    p.setString(2, status.description());
                    p.setString(3, status.timestamp());
                    p.setLong(4, clock.millis());
                    p.setString(5, documentId);
                    p.setString(6, status.organId());
                    p.executeUpdate();
                }
            }
            return null;
        });
    }

    private void bind(PreparedStatement p, String documentId, EdocTracker.RecipientStatus s) throws SQLException {
        p.setString(1, documentId);
        p.setString(2, s.organId());
        p.setString(3, s.statusCode());
        p.setString(4, s.description());
        p.setString(5, s.timestamp());
        p.setLong(6, clock.millis());
    }

    private EdocTracker.RecipientStatus read(Connection c, String documentId, String recipient, boolean lock)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT recipient, status_code, description, status_time FROM "
                + statusTable + " WHERE document_id = ? AND recipient = ?" + (lock ? " FOR UPDATE" : ""))) {
            p.setString(1, documentId);
            p.setString(2, recipient);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next()
                        ? new EdocTracker.RecipientStatus(
                                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))
                        : null;
            }
        }
    }

    @Override
    public Map<String, EdocTracker.RecipientStatus> latest(String documentId) {
        return db.withConnection(c -> {
            Map<String, EdocTracker.RecipientStatus> out = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT recipient, status_code, description, status_time"
                    + " FROM " + statusTable + " WHERE document_id = ? ORDER BY recipient")) {
                p.setString(1, documentId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.put(
                                rs.getString(1),
                                new EdocTracker.RecipientStatus(
                                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    private Optional<String> one(String sql, String... args) {
        return db.withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    p.setString(i + 1, args[i]);
                }
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
