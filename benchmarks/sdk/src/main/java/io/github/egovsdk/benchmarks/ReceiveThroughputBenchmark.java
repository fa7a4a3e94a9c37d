package io.github.egovsdk.benchmarks;

import io.github.egovsdk.core.jdbc.JdbcDatabase;
import io.github.egovsdk.edoc.EdocVerification;
import io.github.egovsdk.edoc.EdxmlVerifier;
import io.github.egovsdk.edoc.receive.CheckpointStore;
import io.github.egovsdk.edoc.receive.EdocReceiver;
import io.github.egovsdk.edoc.receive.FileCheckpointStore;
import io.github.egovsdk.edoc.receive.JdbcCheckpointStore;
import io.github.egovsdk.edoc.vxp.MessageType;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.testkit.AxisFaults;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxAgency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Receive throughput (issue 14): {@code documents} signed edXML messages of ~360 KB wait in the sandbox axis' inbox
 * (sdk-testkit's embedded sandbox, in this JVM); each operation is {@link EdocReceiver} instances polling until every
 * one was downloaded, parsed, verified (header XML-DSig and the PAdES attachment, {@link EdxmlVerifier}), handed to
 * the handler and acknowledged. One instance with the {@link FileCheckpointStore}, one with PostgreSQL and three with
 * PostgreSQL ({@link JdbcCheckpointStore}, one database pool and owner each, as separate processes would have); each
 * instance with {@code workers} threads (default: one per available processor, as the tuning guide advises).
 * Single-shot: documents/s = {@code documents} / time. After each operation every document must have been handed on
 * exactly once, verified as valid, and nothing may be left in the inbox.
 *
 * <p>The CPU time of each measured operation is appended to the file named by {@code -Degov.bench.receiveCpu}: of the
 * whole process (sandbox included) and of the receivers' threads alone (polling threads, workers, lease renewal:
 * the SDK's share). Documents per CPU-second is the per-core figure, independent of other load on the machine.
 * PostgreSQL: {@code -Degov.bench.pg} or {@code EGOV_PG_URL}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReceiveThroughputBenchmark {
    @Param("300")
    public int documents;

    /** Worker threads of each instance ({@link EdocReceiver.Builder#workers}); 0: one per available processor. */
    @Param("0")
    public int workers;

    private EgovSandbox sandbox;
    private SandboxAgency sender;
    private SandboxAgency recipient;
    private Path work;
    private List<Path> files;
    private EdxmlVerifier verifier;
    private String pgUrl;
    private final Map<String, AtomicInteger> handedOn = new ConcurrentHashMap<>();
    private final AtomicInteger handled = new AtomicInteger();
    private final AtomicInteger invalid = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final List<EdocReceiver> receivers = new ArrayList<>();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final List<JdbcDatabase> databases = new ArrayList<>();
    private long cpuNanos;
    private long receiverCpuNanos;
    private long wallNanos;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        sandbox = EgovSandbox.start();
        sender = sandbox.agencyA();
        recipient = sandbox.agencyB();
        Path base = Path.of(System.getProperty("egov.bench.tmp", "/dev/shm").trim());
        work = Files.createTempDirectory(
                Files.isDirectory(base) ? base : Path.of(System.getProperty("java.io.tmpdir")), "receive");
        files = SignedEdxmlSet.write(
                Files.createDirectories(work.resolve("documents")),
                documents,
                sandbox.signingKey("CN=Văn phòng UBND tỉnh Bắc Ninh, O=UBND tỉnh Bắc Ninh, C=VN"),
                sender,
                recipient);
        verifier = EdxmlVerifier.of(
                SignatureValidator.builder().trustAnchor(sandbox.rootCa()).build());
        pgUrl = System.getProperty("egov.bench.pg", System.getenv("EGOV_PG_URL"));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        sandbox.close();
        ReceiveSupport.delete(work);
    }

    /** Fills the inbox with the documents and builds fresh receivers (fresh state) for the benchmark about to run. */
    @Setup(Level.Iteration)
    public void fill(BenchmarkParams params) throws IOException {
        sandbox.reset();
        handedOn.clear();
        handled.set(0);
        invalid.set(0);
        acknowledged.set(0);
        sandbox.axisFaults(AxisFaults.forNode(recipient.systemId(), 0, 0, 1).observedBy(new AxisFaults.Observer() {
            @Override
            public void request(String system, String method, Function<String, String> header, byte[] body) {
                if (method.equals("updateStatus") && "done".equals(header.apply("XroadVnpt-status"))) {
                    acknowledged.incrementAndGet();
                }
            }
        }));
        try (VxpClient client = sandbox.axisClient(sender)) {
            for (Path f : files) {
                client.sendDocument(f, sender.organId());
            }
        }
        String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        int instances = name.startsWith("three") ? 3 : 1;
        Path staging = Files.createDirectories(work.resolve("staging-" + System.nanoTime()));
        for (int i = 0; i < instances; i++) {
            CheckpointStore store = name.endsWith("FileStore")
                    ? new FileCheckpointStore(staging.resolve(".checkpoints"))
                    : JdbcCheckpointStore.create(database(i));
            VxpClient client = sandbox.axisClient(recipient);
            resources.add(client);
            EdocReceiver receiver = EdocReceiver.builder()
                    .client(client)
                    .stagingDirectory(staging)
                    .checkpoints(store)
                    .workers(workers > 0 ? workers : Runtime.getRuntime().availableProcessors())
                    .handler((docId, message, file) -> {
                        EdocVerification v = verifier.verify(file);
                        if (!v.envelopeValid() || !v.attachmentsValid()) {
                            invalid.incrementAndGet();
                        }
                        handedOn.computeIfAbsent(docId, k -> new AtomicInteger())
                                .incrementAndGet();
                        handled.incrementAndGet();
                    })
                    .build();
            receivers.add(receiver);
        }
    }

    private JdbcDatabase database(int instance) {
        if (pgUrl == null || pgUrl.isBlank()) {
            throw new IllegalStateException(
                    "No PostgreSQL: set -Degov.bench.pg or EGOV_PG_URL (.ci/start-postgres" + " starts one)");
        }
        String prefix = "bench_" + Long.toHexString(System.nanoTime() & 0xffffffL) + "_";
        if (instance > 0) {
            prefix = databases.get(0).tablePrefix(); // the instances share one store, each with its own pool
        }
        JdbcDatabase db = JdbcDatabase.builder()
                .url(pgUrl.strip(), null, null)
                .tablePrefix(prefix)
                .build();
        databases.add(db);
        return db;
    }

    @TearDown(Level.Iteration)
    public void check(IterationParams iteration, BenchmarkParams params) throws Exception {
        receivers.forEach(EdocReceiver::close);
        receivers.clear();
        long left;
        try (VxpClient client = sandbox.axisClient(recipient)) {
            left = client.countReceived(MessageType.EDOC);
        }
        for (AutoCloseable c : resources) {
            c.close();
        }
        resources.clear();
        if (!databases.isEmpty()) {
            ReceiveSupport.dropTables(databases.get(0));
            databases.clear();
        }
        sandbox.axisFaults(AxisFaults.NONE);
        long once = handedOn.values().stream().filter(c -> c.get() == 1).count();
        if (once != documents
                || handedOn.size() != documents
                || invalid.get() != 0
                || left != 0
                || acknowledged.get() != documents) {
            throw new IllegalStateException("Receive run not clean: " + handedOn.size() + " documents handed on ("
                    + once + " exactly once) of " + documents + ", " + invalid.get() + " not valid, "
                    + acknowledged.get() + " acknowledgements, " + left + " left in the inbox");
        }
        if (iteration.getType() == IterationType.MEASUREMENT) {
            ReceiveSupport.recordCpu(params.getBenchmark(), documents, wallNanos, cpuNanos, receiverCpuNanos);
        }
    }

    @Benchmark
    public int oneInstanceFileStore() throws Exception {
        return run();
    }

    @Benchmark
    public int oneInstancePostgres() throws Exception {
        return run();
    }

    @Benchmark
    public int threeInstancesPostgres() throws Exception {
        return run();
    }

    /** Each instance polls on its own thread until every document was handed on (and so acknowledged). */
    private int run() throws Exception {
        long cpu0 = ReceiveSupport.processCpuNanos();
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicLong pollingCpu = new AtomicLong();
        for (EdocReceiver r : receivers) {
            Thread t = new Thread(
                    () -> {
                        try {
                            while (handled.get() < documents) {
                                if (r.pollOnce() == 0 && handled.get() < documents) {
                                    Thread.sleep(1);
                                }
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (RuntimeException e) {
                            failures.add(e);
                        } finally {
                            pollingCpu.addAndGet(ReceiveSupport.currentThreadCpuNanos());
                        }
                    },
                    "receiver-" + threads.size());
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(TimeUnit.MINUTES.toMillis(10));
        }
        wallNanos = System.nanoTime() - t0;
        cpuNanos = ReceiveSupport.processCpuNanos() - cpu0;
        receiverCpuNanos = pollingCpu.get() + ReceiveSupport.threadCpuNanos("egov-receive-");
        if (!failures.isEmpty()) {
            throw new IllegalStateException("A receiver failed", failures.get(0));
        }
        return handled.get();
    }
}
