package io.github.egovsdk.testkit.soak;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.jdbc.JdbcDatabase;
import io.github.egovsdk.core.jdbc.TestDatabases;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlReader;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.ParsedEdxml;
import io.github.egovsdk.edoc.receive.EdocSchema;
import io.github.egovsdk.edoc.vxp.MessageType;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.testkit.AxisFaults;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxAgency;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's soak: 3 receiver JVMs sharing one PostgreSQL and one sandbox axis inbox, each killed with SIGKILL at
 * random moments while working and restarted. Asserted: no document lost, none acknowledged before its handler's
 * effect was committed, none acknowledged twice, each transactional effect exactly once, status 01 sent for each.
 * Bounded in count and time; {@code -Degov.soak.documents} / {@code -Degov.soak.kills} (the {@code soak} profile)
 * make it longer.
 */
class ReceiverSoakTest {
    private static final int DOCUMENTS = Integer.getInteger("egov.soak.documents", 500);
    private static final int KILLS = Integer.getInteger("egov.soak.kills", 20);
    private static final long HANDLER_DELAY_MS = 20;
    private static EgovSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = EgovSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void receivers_whenKilledRepeatedly_loseNothingAndAckEachOnceAfterItsEffect() throws Exception {
        Result r = soak(0, 0, 1);
        r.assertClean();
    }

    @Test
    void receivers_whenKilledAndTheAxisResetsAndFails_loseNothingAndAckEachOnceAfterItsEffect() throws Exception {
        Result r = soak(0.20, 0.05, 2);
        r.assertClean();
        assertThat(r.faultsSeen.get()).as("faults were injected").isPositive();
    }

    private Result soak(double resets, double unavailable, long seed) throws Exception {
        sandbox.reset();
        sandbox.axisFaults(AxisFaults.NONE);
        String url = TestDatabases.postgresUrl();
        String prefix = TestDatabases.uniquePrefix();
        JdbcDatabase db =
                JdbcDatabase.builder().url(url, null, null).tablePrefix(prefix).build();
        EdocSchema.migrate(db);
        db.withConnection(c -> {
            try (Statement s = c.createStatement()) {
                // deliberately no unique key: a double effect must show, not be hidden by the database
                s.execute("CREATE TABLE " + db.table("soak_effect") + " (doc_id VARCHAR(128) NOT NULL, document_id"
                        + " VARCHAR(512), instance VARCHAR(128))");
            }
            return null;
        });
        SandboxAgency a = sandbox.agencyA();
        SandboxAgency b = sandbox.agencyB();
        fillInbox(a, b);

        Result result = new Result();
        sandbox.axisFaults(
                AxisFaults.forNode(b.systemId(), resets, unavailable, seed).observedBy(new AxisFaults.Observer() {
                    @Override
                    public void request(String system, String method, Function<String, String> h, byte[] body) {
                        result.observe(db, method, h, body);
                    }

                    @Override
                    public void faulted(String system, String method, String fault) {
                        result.faultsSeen.incrementAndGet();
                    }
                }));
        Path work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "soak");
        Path staging = Files.createDirectories(work.resolve("staging"));
        List<String> cmd = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                SoakReceiverMain.class.getName(),
                sandbox.axisEndpoint().toString(),
                b.systemId(),
                b.secret(),
                url,
                prefix,
                staging.toString(),
                Long.toString(HANDLER_DELAY_MS),
                b.organId());
        Random random = new Random(seed);
        Process[] procs = new Process[3];
        long[] killAt = new long[3];
        int started = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120 + DOCUMENTS / 2 + KILLS * 3L);
        try {
            for (int i = 0; i < 3; i++) {
                procs[i] = spawn(cmd, work, started++);
            }
            int[] killAfter = new int[3];
            while (System.nanoTime() < deadline) {
                long now = System.nanoTime();
                for (int i = 0; i < 3; i++) {
                    // Kill at a random moment of the work: after a random number (1-6) of handler calls of this
                    // instance, plus a random delay that lands anywhere in the claim-handle-commit-ack cycle.
                    if (killAfter[i] == 0) {
                        killAfter[i] = 1 + random.nextInt(6);
                    }
                    if (killAt[i] == 0 && progress(work, procs[i]) >= killAfter[i]) {
                        killAt[i] = now + TimeUnit.MILLISECONDS.toNanos(random.nextInt(300));
                    }
                    if (result.kills < KILLS && killAt[i] != 0 && now >= killAt[i]) {
                        procs[i].destroyForcibly().waitFor(); // SIGKILL, as kill -9
                        result.kills++;
                        if (result.acked.size() < DOCUMENTS) {
                            result.killsWhileWorking++;
                        }
                        killAt[i] = 0;
                        killAfter[i] = 0;
                        procs[i] = spawn(cmd, work, started++);
                    }
                }
                if (result.kills >= KILLS && result.acked.size() >= DOCUMENTS) {
                    break;
                }
                Thread.sleep(20);
            }
        } finally {
            for (Process p : procs) {
                if (p != null) {
                    p.destroyForcibly().waitFor();
                }
            }
            sandbox.axisFaults(AxisFaults.NONE);
        }
        try (VxpClient bClient = sandbox.axisClient(b)) {
            result.stillWaiting = bClient.countReceived(MessageType.EDOC);
        }
        result.effects = effects(db);
        try (var left = Files.list(staging)) {
            result.stagedLeft = left.filter(p -> !p.getFileName().toString().startsWith("."))
                    .count();
        }
        System.out.printf(
                "soak resets=%.2f 503=%.2f: documents=%d kills=%d (while working %d) acked=%d"
                        + " ackedTwice=%d ackedBeforeEffect=%d effects=%d distinct=%d status01=%d status01Duplicates=%d"
                        + " waiting=%d faults=%d stagedLeft=%d%n",
                resets,
                unavailable,
                DOCUMENTS,
                result.kills,
                result.killsWhileWorking,
                result.acked.size(),
                result.ackedTwice(),
                result.ackedBeforeEffect.get(),
                result.effects.values().stream().mapToInt(Integer::intValue).sum(),
                result.effects.size(),
                result.status01.size(),
                result.status01Duplicates(),
                result.stillWaiting,
                result.faultsSeen.get(),
                result.stagedLeft);
        return result;
    }

    /** Handler calls an instance has reported so far. */
    private static long progress(Path work, Process p) throws IOException {
        Path out = work.resolve("instance-" + p.pid() + ".out");
        if (!Files.exists(out)) {
            return 0;
        }
        try (var lines = Files.lines(out)) {
            return lines.filter(l -> l.startsWith("handled ")).count();
        }
    }

    private static Process spawn(List<String> cmd, Path work, int n) throws IOException {
        Path log = work.resolve("instance-" + n + ".log");
        Process p = new ProcessBuilder(cmd)
                .redirectError(log.toFile())
                .redirectOutput(new File(work.toFile(), "instance-pending-" + n + ".out"))
                .start();
        Files.move(work.resolve("instance-pending-" + n + ".out"), work.resolve("instance-" + p.pid() + ".out"));
        return p;
    }

    private static void fillInbox(SandboxAgency a, SandboxAgency b) throws Exception {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "soak-docs");
        try (VxpClient client = sandbox.axisClient(a)) {
            for (int i = 1; i <= DOCUMENTS; i++) {
                Path f = dir.resolve(i + ".edxml");
                EdxmlWriter.standard()
                        .write(
                                EdocDocument.builder()
                                        .from(Organization.of(a.organId(), a.name()))
                                        .to(Organization.of(b.organId(), b.name()))
                                        .code(Integer.toString(i), "UBND-SOAK")
                                        .promulgation("Bắc Ninh", LocalDate.of(2026, 12, 4))
                                        .subject("Công văn thử nghiệm số " + i)
                                        .build(),
                                f);
                client.sendDocument(f, a.organId());
                Files.delete(f);
            }
        }
        try (VxpClient client = sandbox.axisClient(b)) {
            assertThat(client.countReceived(MessageType.EDOC)).isEqualTo(DOCUMENTS);
        }
    }

    private static Map<String, Integer> effects(JdbcDatabase db) {
        return db.withConnection(c -> {
            Map<String, Integer> out = new HashMap<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT doc_id, count(*) FROM " + db.table("soak_effect") + " GROUP BY doc_id")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    /** What the sandbox saw and the database holds. */
    static final class Result {
        final Map<String, AtomicInteger> acked = new ConcurrentHashMap<>();
        final AtomicInteger ackedBeforeEffect = new AtomicInteger();
        final Map<String, AtomicInteger> status01 = new ConcurrentHashMap<>();
        volatile int kills;
        volatile int killsWhileWorking;
        final AtomicLong faultsSeen = new AtomicLong();
        long stillWaiting;
        long stagedLeft;
        Map<String, Integer> effects;

        void observe(JdbcDatabase db, String method, Function<String, String> header, byte[] body) {
            if (method.equals("updateStatus")) {
                String docId = header.apply("XroadVnpt-docId");
                if ("done".equals(header.apply("XroadVnpt-status"))) {
                    if (effectsOf(db, docId) == 0) {
                        ackedBeforeEffect.incrementAndGet();
                    }
                    acked.computeIfAbsent(docId, k -> new AtomicInteger()).incrementAndGet();
                }
            } else if (method.equals("sendEdoc") && "status".equals(header.apply("XroadVnpt-messagetype"))) {
                byte[] edxml =
                        body.length >= 2 && body[body.length - 1] == '\n' ? Arrays.copyOf(body, body.length - 2) : body;
                ParsedEdxml s = EdxmlReader.builder().build().read(new ByteArrayInputStream(edxml));
                status01.computeIfAbsent(s.responseFor().get(0).documentId(), k -> new AtomicInteger())
                        .incrementAndGet();
            }
        }

        private static int effectsOf(JdbcDatabase db, String docId) {
            return db.withConnection(c -> {
                try (var p =
                        c.prepareStatement("SELECT count(*) FROM " + db.table("soak_effect") + " WHERE doc_id = ?")) {
                    p.setString(1, docId);
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }
            });
        }

        long ackedTwice() {
            return acked.values().stream().filter(n -> n.get() > 1).count();
        }

        long status01Duplicates() {
            return status01.values().stream().mapToInt(n -> n.get() - 1).sum();
        }

        void assertClean() {
            assertThat(kills).as("kills").isGreaterThanOrEqualTo(KILLS);
            assertThat(killsWhileWorking)
                    .as("kills while documents were waiting")
                    .isGreaterThanOrEqualTo(KILLS / 2);
            assertThat(stillWaiting).as("documents lost (still waiting)").isZero();
            assertThat(acked).as("documents acknowledged").hasSize(DOCUMENTS);
            assertThat(ackedTwice()).as("acknowledged twice").isZero();
            assertThat(ackedBeforeEffect.get())
                    .as("acknowledged before handled")
                    .isZero();
            assertThat(effects).as("documents with an effect").hasSize(DOCUMENTS);
            assertThat(new ArrayList<>(effects.values()))
                    .as("effects per document")
                    .containsOnly(1);
            assertThat(status01).as("documents with status 01").hasSize(DOCUMENTS);
            assertThat(status01Duplicates())
                    .as("status 01 re-sent after a kill")
                    .isLessThanOrEqualTo(kills);
            assertThat(stagedLeft)
                    .as("staged folders left (only the instances killed at the end)")
                    .isLessThanOrEqualTo(3);
        }
    }
}
