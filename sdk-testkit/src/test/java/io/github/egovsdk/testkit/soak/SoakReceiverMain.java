package io.github.egovsdk.testkit.soak;

import io.github.egovsdk.core.auth.VxpHmacSigner;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.jdbc.JdbcDatabase;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.receive.EdocReceiver;
import io.github.egovsdk.edoc.receive.JdbcCheckpointStore;
import io.github.egovsdk.edoc.vxp.VxpClient;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;

/**
 * One receiver instance of the soak, run in its own JVM and killed with SIGKILL by the test: polls the sandbox axis
 * forever with a transactional handler that records one effect row per call, in the checkpoint's transaction.
 * Arguments: axis URL, system id, secret, JDBC URL, table prefix, staging folder, handler delay (ms), own organ id.
 */
public final class SoakReceiverMain {
    private SoakReceiverMain() {}

    public static void main(String[] a) throws Exception {
        JdbcDatabase db =
                JdbcDatabase.builder().url(a[3], null, null).tablePrefix(a[4]).build();
        JdbcCheckpointStore store = JdbcCheckpointStore.create(db);
        long delay = Long.parseLong(a[6]);
        String effects = db.table("soak_effect");
        try (var client = VxpClient.builder()
                        .endpoint(a[0])
                        .credentials(new VxpHmacSigner(a[1], a[2]))
                        .retryPolicy(RetryPolicy.builder()
                                .maxAttempts(4)
                                .baseDelay(Duration.ofMillis(20))
                                .build())
                        .build();
                EdocReceiver receiver = EdocReceiver.builder()
                        .client(client)
                        .stagingDirectory(Path.of(a[5]))
                        .checkpoints(store)
                        .lease(Duration.ofSeconds(2))
                        .sendArrivedStatusAs(Organization.of(a[7], "soak receiver"))
                        .transactionalHandler((docId, message, staged, tx) -> {
                            try (PreparedStatement p = tx.prepareStatement(
                                    "INSERT INTO " + effects + " (doc_id, document_id, instance) VALUES (?, ?, ?)")) {
                                p.setString(1, docId);
                                p.setString(2, message.documentId());
                                p.setString(3, store.owner());
                                p.executeUpdate();
                            }
                            Thread.sleep(delay); // widens the window between the effect and the commit
                            System.out.println("handled " + docId); // progress, for the test's kill schedule
                            System.out.flush();
                        })
                        .build()) {
            System.out.println("ready " + store.owner());
            System.out.flush();
            while (true) {
                try {
                    if (receiver.pollOnce() == 0) {
                        Thread.sleep(50);
                    }
                } catch (RuntimeException e) {
                    Thread.sleep(50); // the list itself failed (injected fault): poll again
                }
            }
        }
    }
}
