package io.github.egovsdk.edoc.outbox;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.edoc.vxp.SendResult;
import io.github.egovsdk.edoc.vxp.VxpClient;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains a {@link JdbcOutbox} to the axis; any number of instances may run one. Each entry is claimed with a lease
 * (an atomic conditional update to {@code SENDING}), sent, and recorded {@code SENT} with the axis DocId. A transport
 * failure or a 5xx puts it back {@code PENDING} with an exponential backoff; a refusal (4xx, or the axis' error code)
 * or {@code maxAttempts} failures make it {@code FAILED}.
 *
 * <p><b>Crash between send and record.</b> The axis has no idempotency key, so an entry whose sender died after the
 * axis accepted it cannot be told from one that never got there: when its lease lapses it is sent again, with the
 * same bytes. Nothing is lost; the duplicate carries the same edXML identity (sender, {@code DocumentId}), and
 * receivers drop it — {@code EdocReceiver} does by default ({@code EdxmlIdentity}). Thread-safe.
 *
 * <p>Example:
 * <pre>{@code
 * JdbcDatabase db = JdbcDatabase.builder().dataSource(pool).build();
 * JdbcOutbox outbox = JdbcOutbox.create(db);
 * db.inTransaction(tx -> outbox.enqueue(tx, edxmlFile, self.organId(), MessageType.EDOC));  // with your own writes
 * OutboxSender sender = OutboxSender.builder().outbox(outbox).client(axis).build();
 * sender.drainOnce(50);                                  // on any instance, in a loop
 * }</pre>
 */
public final class OutboxSender {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private final JdbcOutbox outbox;
    private final VxpClient client;
    private final Duration lease;
    private final int maxAttempts;
    private final Duration baseDelay;
    private final Path workDir;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private OutboxSender(Builder b) {
        this.outbox = Objects.requireNonNull(b.outbox, "outbox");
        this.client = Objects.requireNonNull(b.client, "client");
        this.lease = b.lease;
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = b.baseDelay;
        this.workDir = b.workDir;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Sends the entries due now (at most {@code limit}); returns how many were sent. */
    public int drainOnce(int limit) {
        int sent = 0;
        for (long id : due(limit)) {
            if (claim(id) && send(id)) {
                sent++;
            }
        }
        return sent;
    }

    private List<Long> due(int limit) {
        long now = outbox.clock().millis();
        return outbox.database().withConnection(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM " + outbox.table() + " WHERE (state ="
                    + " 'PENDING' AND next_attempt <= ?) OR (state = 'SENDING' AND lease_until < ?) ORDER BY id")) {
                p.setLong(1, now);
                p.setLong(2, now);
                p.setMaxRows(limit);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    private boolean claim(long id) {
        long now = outbox.clock().millis();
        return outbox.database().withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE " + outbox.table() + " SET state = 'SENDING',"
                    + " lease_owner = ?, lease_until = ?, attempts = attempts + 1 WHERE id = ? AND ((state = 'PENDING'"
                    + " AND next_attempt <= ?) OR (state = 'SENDING' AND lease_until < ?))")) {
                p.setString(1, owner);
                p.setLong(2, now + lease.toMillis());
                p.setLong(3, id);
                p.setLong(4, now);
                p.setLong(5, now);
                return p.executeUpdate() == 1;
            }
        });
    }

    private boolean send(long id) {
        Path file = null;
        try {
            file = stage(id);
            String from = fromOf(id);
            String kind = kindOf(id);
            SendResult r = "status".equals(kind) ? client.sendStatus(file, from) : client.sendDocument(file, from);
            finish(id, "SENT", r.docId(), null, 0);
            return true;
        } catch (EgovTransportException | EgovServiceException e) {
            boolean permanent = e instanceof EgovServiceException se && se.statusCode() < 500;
            fail(id, e, permanent);
            return false;
        } catch (EgovException e) {
            fail(id, e, true);
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary copy of an outgoing message
                }
            }
        }
    }

    private void fail(long id, EgovException e, boolean permanent) {
        int attempts = outbox.entry(id).map(OutboxEntry::attempts).orElse(maxAttempts);
        boolean give = permanent || attempts >= maxAttempts;
        long delay = baseDelay.toMillis() << Math.min(attempts - 1, 10);
        String message = Redactor.redact(String.valueOf(e.getMessage()));
        LOG.warn("Outbox entry {} not sent (attempt {}){}: {}", id, attempts, give ? ", giving up" : "", message);
        finish(
                id,
                give ? "FAILED" : "PENDING",
                null,
                message.length() > 1000 ? message.substring(0, 1000) : message,
                delay);
    }

    private void finish(long id, String state, String axisDocId, String error, long delayMillis) {
        long now = outbox.clock().millis();
        outbox.database().withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE " + outbox.table() + " SET state = ?, axis_doc_id ="
                    + " COALESCE(?, axis_doc_id), last_error = ?, next_attempt = ?, sent_at = ?, lease_owner = NULL,"
                    + " lease_until = NULL WHERE id = ? AND lease_owner = ?")) {
                p.setString(1, state);
                p.setString(2, axisDocId);
                p.setString(3, error);
                p.setLong(4, now + delayMillis);
                if ("SENT".equals(state)) {
                    p.setLong(5, now);
                } else {
                    p.setNull(5, Types.BIGINT);
                }
                p.setLong(6, id);
                p.setString(7, owner);
                return p.executeUpdate();
            }
        });
    }

    private Path stage(long id) {
        return outbox.database().withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT payload FROM " + outbox.table() + " WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    Path f = workDir == null
                            ? Files.createTempFile("egov-outbox-" + id, ".edxml")
                            : Files.createTempFile(workDir, "egov-outbox-" + id, ".edxml");
                    try (InputStream in = rs.getBinaryStream(1)) {
                        Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
                    }
                    return f;
                } catch (IOException e) {
                    throw new EgovClientException("Cannot stage outbox entry " + id + ": " + e.getMessage(), e);
                }
            }
        });
    }

    private String fromOf(long id) {
        return column(id, "from_organ");
    }

    private String kindOf(long id) {
        return column(id, "kind");
    }

    private String column(long id, String column) {
        return outbox.database().withConnection(c -> {
            try (PreparedStatement p =
                    c.prepareStatement("SELECT " + column + " FROM " + outbox.table() + " WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    /** Builder of {@link OutboxSender}. */
    public static final class Builder {
        private JdbcOutbox outbox;
        private VxpClient client;
        private Duration lease = Duration.ofMinutes(2);
        private int maxAttempts = 10;
        private Duration baseDelay = Duration.ofSeconds(5);
        private Path workDir;

        private Builder() {}

        public Builder outbox(JdbcOutbox outbox) {
            this.outbox = outbox;
            return this;
        }

        public Builder client(VxpClient client) {
            this.client = client;
            return this;
        }

        /** How long a claimed entry is reserved for this sender (default 2 minutes: longer than a send takes). */
        public Builder lease(Duration lease) {
            this.lease = Objects.requireNonNull(lease);
            return this;
        }

        /** Attempts before an entry is {@code FAILED} (default 10). */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new EgovClientException("maxAttempts must be at least 1");
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** First retry delay, doubled per attempt (default 5 s). */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = Objects.requireNonNull(baseDelay);
            return this;
        }

        /** Where entries are copied to before sending (default: the system temporary folder). */
        public Builder workDirectory(Path dir) {
            this.workDir = dir;
            return this;
        }

        public OutboxSender build() {
            return new OutboxSender(this);
        }
    }
}
