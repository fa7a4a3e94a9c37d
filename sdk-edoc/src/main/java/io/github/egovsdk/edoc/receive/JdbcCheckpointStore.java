package io.github.egovsdk.edoc.receive;

import io.github.egovsdk.core.jdbc.JdbcDatabase;
import io.github.egovsdk.edoc.vxp.TransportStatus;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@link CheckpointStore} in a database (PostgreSQL for several instances, H2 for one machine): table
 * {@code <prefix>receive_checkpoint}, one row per package. A claim is an atomic conditional update — it succeeds only
 * when no other instance holds an unexpired lease — and increments the row's token; every later write is fenced by
 * owner and token, so an instance whose lease expired (paused, partitioned, killed) can no longer record a step after
 * another took the package over. With a {@link TransactionalEdocHandler} the handled step is written in the
 * handler's own transaction ({@link #advance(Connection, ReceiveClaim, ReceiveStep, TransportStatus, String)}).
 *
 * <p>Lease times come from the instances' clocks: keep them synchronized (NTP) well within the lease. Thread-safe.
 *
 * <p>Example:
 * <pre>{@code
 * JdbcDatabase db = JdbcDatabase.builder().dataSource(pool).build();      // PostgreSQL for a cluster, or H2
 * EdocReceiver receiver = EdocReceiver.builder().client(axis).stagingDirectory(staging)
 *         .checkpoints(JdbcCheckpointStore.create(db))
 *         .transactionalHandler((docId, message, file, tx) -> store(tx, docId, message))  // commits with the step
 *         .build();
 * }</pre>
 */
public final class JdbcCheckpointStore implements CheckpointStore {
    private final JdbcDatabase db;
    private final String owner;
    private final Clock clock;
    private final String checkpoints;
    private final String identities;

    private JdbcCheckpointStore(JdbcDatabase db, String owner, Clock clock) {
        this.db = Objects.requireNonNull(db, "database");
        this.owner = owner;
        this.clock = clock;
        this.checkpoints = db.table("receive_checkpoint");
        this.identities = db.table("receive_identity");
        if (db.migratesSchema()) {
            EdocSchema.migrate(db);
        }
    }

    /** A store with a unique owner id for this process ({@code pid@host} and a random suffix). */
    public static JdbcCheckpointStore create(JdbcDatabase db) {
        return new JdbcCheckpointStore(db, defaultOwner(), Clock.systemUTC());
    }

    /** A store naming this instance {@code owner} (unique per running instance), on {@code clock}. */
    public static JdbcCheckpointStore create(JdbcDatabase db, String owner, Clock clock) {
        return new JdbcCheckpointStore(db, Objects.requireNonNull(owner, "owner"), Objects.requireNonNull(clock));
    }

    static String defaultOwner() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    public JdbcDatabase database() {
        return db;
    }

    /** This instance's id, recorded as the lease owner. */
    public String owner() {
        return owner;
    }

    @Override
    public Optional<ReceiveClaim> claim(String docId, Duration lease) {
        long now = clock.millis();
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(db.dialect()
                    .insertIfAbsent(checkpoints, "doc_id", "doc_id", "step", "token", "claims", "updated_at"))) {
                p.setString(1, docId);
                p.setInt(2, ReceiveStep.NEW.code());
                p.setLong(3, 0);
                p.setInt(4, 0);
                p.setLong(5, now);
                db.dialect().executeInsertIfAbsent(p);
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE " + checkpoints + " SET lease_owner = ?, lease_until"
                    + " = ?, token = token + 1, claims = claims + 1, updated_at = ? WHERE doc_id = ? AND (lease_owner"
                    + " IS NULL OR lease_until < ?)")) {
                p.setString(1, owner);
                p.setLong(2, now + lease.toMillis());
                p.setLong(3, now);
                p.setString(4, docId);
                p.setLong(5, now);
                if (p.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT token, step, outcome, acknowledged_at FROM " + checkpoints + " WHERE doc_id = ?")) {
                p.setString(1, docId);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    long acked = rs.getLong(4);
                    Instant ackedAt = rs.wasNull() ? null : Instant.ofEpochMilli(acked);
                    return Optional.of(new ReceiveClaim(
                            docId,
                            owner,
                            rs.getLong(1),
                            ReceiveStep.ofCode(rs.getInt(2)),
                            outcome(rs.getString(3)),
                            ackedAt));
                }
            }
        });
    }

    @Override
    public boolean renew(ReceiveClaim claim, Duration lease) {
        return db.withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE " + checkpoints + " SET lease_until = ? WHERE doc_id"
                    + " = ? AND lease_owner = ? AND token = ?")) {
                p.setLong(1, clock.millis() + lease.toMillis());
                p.setString(2, claim.docId());
                p.setString(3, claim.owner());
                p.setLong(4, claim.token());
                return p.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void release(ReceiveClaim claim) {
        db.withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE " + checkpoints + " SET lease_owner = NULL,"
                    + " lease_until = NULL WHERE doc_id = ? AND lease_owner = ? AND token = ?")) {
                p.setString(1, claim.docId());
                p.setString(2, claim.owner());
                p.setLong(3, claim.token());
                return p.executeUpdate();
            }
        });
    }

    @Override
    public boolean advance(ReceiveClaim claim, ReceiveStep step, TransportStatus outcome, String identity) {
        return db.inTransaction(c -> advance(c, claim, step, outcome, identity));
    }

    /**
     * {@link #advance(ReceiveClaim, ReceiveStep, TransportStatus, String)} inside the caller's transaction (the
     * transactional handler's): false when the claim was lost — the caller must then roll back.
     */
    public boolean advance(Connection c, ReceiveClaim claim, ReceiveStep step, TransportStatus outcome, String identity)
            throws SQLException {
        long now = clock.millis();
        boolean ack = step == ReceiveStep.ACKNOWLEDGED;
        try (PreparedStatement p = c.prepareStatement("UPDATE " + checkpoints + " SET step = ?, outcome = ?,"
                + " updated_at = ?" + (ack ? ", acknowledged_at = ?, lease_owner = NULL, lease_until = NULL" : "")
                + " WHERE doc_id = ? AND lease_owner = ? AND token = ?")) {
            int i = 1;
            p.setInt(i++, step.code());
            if (outcome == null) {
                p.setNull(i++, Types.VARCHAR);
            } else {
                p.setString(i++, outcome.wire());
            }
            p.setLong(i++, now);
            if (ack) {
                p.setLong(i++, now);
            }
            p.setString(i++, claim.docId());
            p.setString(i++, claim.owner());
            p.setLong(i, claim.token());
            if (p.executeUpdate() != 1) {
                return false;
            }
        }
        if (identity != null) {
            try (PreparedStatement p = c.prepareStatement(
                    db.dialect().insertIfAbsent(identities, "identity", "identity", "doc_id", "recorded_at"))) {
                p.setString(1, EdxmlIdentity.sha256(identity));
                p.setString(2, claim.docId());
                p.setLong(3, now);
                db.dialect().executeInsertIfAbsent(p);
            }
        }
        return true;
    }

    @Override
    public Optional<String> handledAs(String identity) {
        return db.withConnection(c -> handledAs(c, identity));
    }

    /** {@link #handledAs(String)} in the caller's transaction (waits for a concurrent writer of the same identity). */
    public Optional<String> handledAs(Connection c, String identity) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT doc_id FROM " + identities + " WHERE identity = ?")) {
            p.setString(1, EdxmlIdentity.sha256(identity));
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static TransportStatus outcome(String wire) {
        if (wire == null) {
            return null;
        }
        return "fail".equals(wire) ? TransportStatus.FAIL : TransportStatus.DONE;
    }
}
