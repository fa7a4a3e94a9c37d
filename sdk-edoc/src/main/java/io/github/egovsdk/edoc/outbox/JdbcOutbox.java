package io.github.egovsdk.edoc.outbox;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.LocalStorageException;
import io.github.egovsdk.core.jdbc.JdbcDatabase;
import io.github.egovsdk.edoc.EdxmlReader;
import io.github.egovsdk.edoc.ParsedEdxml;
import io.github.egovsdk.edoc.receive.EdocSchema;
import io.github.egovsdk.edoc.vxp.MessageType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The send outbox in a database (table {@code <prefix>outbox}): {@link #enqueue} inserts an outgoing edXML message in
 * <em>your</em> transaction — so it is sent if and only if your business change commits — and an
 * {@link OutboxSender} drains it to the axis. Thread-safe.
 */
public final class JdbcOutbox {
    private final JdbcDatabase db;
    private final String table;
    private final Clock clock;

    private JdbcOutbox(JdbcDatabase db, Clock clock) {
        this.db = Objects.requireNonNull(db, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.table = db.table("outbox");
        if (db.migratesSchema()) {
            EdocSchema.migrate(db);
        }
    }

    public static JdbcOutbox create(JdbcDatabase db) {
        return new JdbcOutbox(db, Clock.systemUTC());
    }

    public static JdbcOutbox create(JdbcDatabase db, Clock clock) {
        return new JdbcOutbox(db, clock);
    }

    public JdbcDatabase database() {
        return db;
    }

    String table() {
        return table;
    }

    Clock clock() {
        return clock;
    }

    /**
     * Adds an edXML file (written by {@code EdxmlWriter}) to the outbox within {@code transaction} (not committed
     * here). The file is read now and may be deleted after the commit. Returns the outbox id.
     *
     * @param kind        document or status message
     * @param fromOrganId the sending agency (registered on this node)
     */
    public long enqueue(Connection transaction, Path edxml, String fromOrganId, MessageType kind) throws SQLException {
        if (fromOrganId == null || fromOrganId.isBlank()) {
            throw new EgovClientException("The sending agency (from) is required / Thiếu mã đơn vị gửi");
        }
        ParsedEdxml parsed = EdxmlReader.builder().build().read(edxml); // refuse what the axis would refuse, early
        String documentId = parsed.kind() == ParsedEdxml.Kind.EDOC ? parsed.documentId() : null;
        long now = clock.millis();
        try (InputStream in = Files.newInputStream(edxml);
                PreparedStatement p = transaction.prepareStatement(
                        "INSERT INTO " + table + " (kind, from_organ,"
                                + " document_id, payload, state, attempts, next_attempt, created_at) VALUES (?, ?, "
                                + "?, ?,"
                                + " 'PENDING', 0, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, kind.wire());
            p.setString(2, fromOrganId);
            p.setString(3, documentId);
            p.setBinaryStream(4, in, Files.size(edxml));
            p.setLong(5, now);
            p.setLong(6, now);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (IOException e) {
            throw LocalStorageException.reading(edxml, e);
        }
    }

    /** Adds a message in a transaction of its own (when there is no business change to commit with it). */
    public long enqueue(Path edxml, String fromOrganId, MessageType kind) {
        return db.inTransaction(c -> enqueue(c, edxml, fromOrganId, kind));
    }

    /** One entry, if it exists. */
    public Optional<OutboxEntry> entry(long id) {
        return db.withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, kind, document_id, state, attempts, axis_doc_id,"
                    + " last_error FROM " + table + " WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new OutboxEntry(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getInt(5),
                                    rs.getString(6),
                                    rs.getString(7)))
                            : Optional.empty();
                }
            }
        });
    }
}
