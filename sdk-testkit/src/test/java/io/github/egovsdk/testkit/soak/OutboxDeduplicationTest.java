package io.github.egovsdk.testkit.soak;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.jdbc.JdbcDatabase;
import io.github.egovsdk.core.jdbc.TestDatabases;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.outbox.JdbcOutbox;
import io.github.egovsdk.edoc.outbox.OutboxEntry;
import io.github.egovsdk.edoc.outbox.OutboxSender;
import io.github.egovsdk.edoc.receive.EdocReceiver;
import io.github.egovsdk.edoc.receive.EdocTracker;
import io.github.egovsdk.edoc.receive.JdbcCheckpointStore;
import io.github.egovsdk.edoc.receive.JdbcTrackerStore;
import io.github.egovsdk.edoc.receive.ReceiveListener;
import io.github.egovsdk.edoc.vxp.MessageType;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxAgency;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The send outbox on PostgreSQL against the sandbox axis: entries commit with the business transaction, a sender
 * that died between the axis' acceptance and its record sends again, and the receiving side drops the duplicate by
 * edXML identity; the tracker, shared in the database, sees the recipient's status 01 once.
 */
class OutboxDeduplicationTest {

    @Test
    void outbox_whenSenderCrashedAfterSending_resendsAndReceiverHandlesOnce(@TempDir Path dir) throws Exception {
        JdbcDatabase db = TestDatabases.postgres();
        try (EgovSandbox sandbox = EgovSandbox.start();
                VxpClient a = sandbox.axisClient(sandbox.agencyA());
                VxpClient b = sandbox.axisClient(sandbox.agencyB())) {
            SandboxAgency sa = sandbox.agencyA();
            SandboxAgency sb = sandbox.agencyB();
            JdbcOutbox outbox = JdbcOutbox.create(db);
            EdocDocument doc = EdocDocument.builder()
                    .from(Organization.of(sa.organId(), sa.name()))
                    .to(Organization.of(sb.organId(), sb.name()))
                    .code("77", "UBND-VP")
                    .promulgation("Bắc Ninh", LocalDate.of(2026, 12, 4))
                    .subject("Giấy mời họp")
                    .build();
            Path file = dir.resolve("doc.edxml");
            EdxmlWriter.standard().write(doc, file);
            Path other = dir.resolve("other.edxml");
            EdxmlWriter.standard()
                    .write(
                            EdocDocument.builder()
                                    .from(Organization.of(sa.organId(), sa.name()))
                                    .to(Organization.of(sb.organId(), sb.name()))
                                    .code("78", "UBND-VP")
                                    .promulgation("Bắc Ninh", LocalDate.of(2026, 12, 4))
                                    .subject("Rolled back")
                                    .build(),
                            other);

            long id = db.inTransaction(c -> outbox.enqueue(c, file, sa.organId(), MessageType.EDOC));
            try {
                db.inTransaction(c -> {
                    outbox.enqueue(c, other, sa.organId(), MessageType.EDOC);
                    throw new IllegalStateException("the business change fails");
                });
            } catch (IllegalStateException expected) {
                // its outbox entry goes with it
            }
            // A sender claims the entry, the axis accepts it, and the sender dies before recording the DocId.
            a.sendDocument(file, sa.organId());
            db.withConnection(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE " + db.table("outbox") + " SET state = 'SENDING', attempts = 1,"
                            + " lease_owner = 'dead', lease_until = 0 WHERE id = " + id);
                }
            });
            OutboxSender sender = OutboxSender.builder()
                    .outbox(outbox)
                    .client(a)
                    .workDirectory(dir)
                    .build();
            assertThat(sender.drainOnce(10)).isEqualTo(1);
            OutboxEntry entry = outbox.entry(id).orElseThrow();
            assertThat(entry.state()).isEqualTo("SENT");
            assertThat(entry.attempts()).isEqualTo(2);
            assertThat(entry.axisDocId()).isNotBlank();
            assertThat(entry.documentId()).isEqualTo(doc.documentId());
            assertThat(b.countReceived(MessageType.EDOC))
                    .as("the axis holds it twice")
                    .isEqualTo(2);

            EdocTracker tracker = new EdocTracker(JdbcTrackerStore.create(db));
            tracker.sent(doc);
            List<String> handled = new CopyOnWriteArrayList<>();
            List<String> duplicates = new CopyOnWriteArrayList<>();
            try (EdocReceiver receiver = EdocReceiver.builder()
                    .client(b)
                    .stagingDirectory(dir.resolve("staging"))
                    .checkpoints(JdbcCheckpointStore.create(db))
                    .lease(Duration.ofSeconds(30))
                    .sendArrivedStatusAs(Organization.of(sb.organId(), sb.name()))
                    .handler((docId, message, staged) -> handled.add(message.documentId()))
                    .listener(new ReceiveListener() {
                        @Override
                        public void duplicate(String docId, String firstDocId) {
                            duplicates.add(docId);
                        }
                    })
                    .build()) {
                receiver.pollOnce();
            }
            assertThat(handled).containsExactly(doc.documentId());
            assertThat(duplicates).hasSize(1);
            assertThat(b.countReceived(MessageType.EDOC))
                    .as("both acknowledged")
                    .isZero();

            // A's instance (any of them: the tracker is in the database) applies the statuses that came back.
            try (EdocReceiver statuses = EdocReceiver.builder()
                    .client(a)
                    .stagingDirectory(dir.resolve("st"))
                    .checkpoints(JdbcCheckpointStore.create(db))
                    .messageType(MessageType.STATUS)
                    .handler((docId, message, staged) -> tracker.onStatus(message))
                    .build()) {
                assertThat(statuses.pollOnce()).isEqualTo(1);
            }
            EdocTracker elsewhere = new EdocTracker(JdbcTrackerStore.create(db));
            assertThat(elsewhere.latest(doc.documentId())).containsOnlyKeys(sb.organId());
            assertThat(elsewhere.latest(doc.documentId()).get(sb.organId()).statusCode())
                    .isEqualTo("01");
        }
    }
}
