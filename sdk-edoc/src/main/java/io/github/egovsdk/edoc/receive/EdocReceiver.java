package io.github.egovsdk.edoc.receive;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.observation.EgovMdc;
import io.github.egovsdk.core.observation.EgovObservations;
import io.github.egovsdk.core.observation.ObservationContext;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.vxp.MessageType;
import io.github.egovsdk.edoc.vxp.ReceivedPackage;
import io.github.egovsdk.edoc.vxp.VxpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The receive loop: lists waiting packages and, for each one it can claim, downloads it to a staging folder, parses
 * it, hands it to your handler and only then acknowledges the outcome to the axis — each step recorded in a
 * {@link CheckpointStore} before the next one starts.
 *
 * <p><b>Guarantees.</b> Delivery to the handler is <em>at least once</em>: a crash after the handler returned but
 * before its step was recorded calls it again for the same package (use {@code docId} as an idempotency key). With a
 * {@link TransactionalEdocHandler} and a {@link JdbcCheckpointStore} the handler's writes and the checkpoint commit in
 * one transaction: the <em>effect</em> is exactly once. A package is acknowledged only after its outcome was recorded,
 * at most once per package (after a crash the axis' list is read again before acknowledging), and {@code fail} only
 * for a package that is itself unreadable (or a handler failure under {@link HandlerFailure#ACKNOWLEDGE_FAIL}): local
 * and transport faults leave it for the next poll, and an unreadable package never blocks the ones behind it. Several
 * instances may share one store and one inbox: a package is worked on by one holder of its lease at a time, renewed
 * while it is handled and taken over by another instance when it lapses. A document that arrives again in a new
 * package (same sender, recipient and {@code DocumentId}, see {@link EdxmlIdentity}) is acknowledged without being
 * handed on again. Optionally sends status 01 (đã đến) for each document, as a checkpointed step of its own.
 *
 * <p>Thread-safe; {@link #close()} stops renewing the leases of packages still in progress and stops the
 * {@linkplain Builder#workers(int) workers}.
 *
 * <p>Example:
 * <pre>{@code
 * try (EdocReceiver receiver = EdocReceiver.builder()
 *         .client(axis).stagingDirectory(Path.of("/var/lib/motcua/axis"))
 *         .sendArrivedStatusAs(self)                                   // status 01 (Đã đến) for each document
 *         .handler((docId, message, file) -> store(docId, message))   // docId = your idempotency key
 *         .build()) {
 *     int handled = receiver.pollOnce();                               // acknowledges after your handler returned
 * }
 * }</pre>
 */
public final class EdocReceiver implements AutoCloseable {
    final VxpClient client;
    final CheckpointStore checkpoints;
    final EdocHandler handler;
    final TransactionalEdocHandler transactionalHandler;
    final HandlerFailure onHandlerFailure;
    final MessageType messageType;
    final Organization self;
    final Clock clock;
    final Duration lease;
    final Duration reacknowledgeAfter;
    final boolean deduplicate;
    final ReceiveListener listener;
    final Staging staging;
    final LeaseKeeper leases;
    final ExecutorService workers;

    /** What to tell the axis when the handler throws. */
    public enum HandlerFailure {
        /** Leave it unacknowledged: it will be offered again on the next poll (transient failures). */
        RETRY,
        /** Acknowledge {@code fail}: the axis stops offering it (permanent failures). */
        ACKNOWLEDGE_FAIL
    }

    private EdocReceiver(Builder b) {
        this.client = Objects.requireNonNull(b.client, "client");
        Path root = Objects.requireNonNull(b.staging, "stagingDirectory");
        if ((b.handler == null) == (b.transactionalHandler == null)) {
            throw new EgovClientException("Set exactly one of handler or transactionalHandler");
        }
        this.handler = b.handler;
        this.transactionalHandler = b.transactionalHandler;
        this.checkpoints =
                b.checkpoints != null ? b.checkpoints : new FileCheckpointStore(root.resolve(".checkpoints"));
        if (transactionalHandler != null && !(checkpoints instanceof JdbcCheckpointStore)) {
            throw new EgovClientException(
                    "A transactionalHandler needs a JdbcCheckpointStore (its transaction holds" + " the checkpoint)");
        }
        this.onHandlerFailure = b.onHandlerFailure;
        this.messageType = b.messageType;
        this.self = b.arrivedStatusFrom;
        this.clock = b.clock;
        this.lease = b.lease;
        this.reacknowledgeAfter = b.reacknowledgeAfter;
        this.deduplicate = b.deduplicate;
        this.listener = b.listener;
        this.staging = new Staging(root, lease.multipliedBy(2), clock);
        this.leases = new LeaseKeeper(checkpoints, lease, staging);
        this.workers = b.workers == 1 ? null : Executors.newFixedThreadPool(b.workers, new WorkerThreads());
    }

    /** Daemon worker threads with a recognisable name: a receiver never closed keeps no JVM alive. */
    private static final class WorkerThreads implements ThreadFactory {
        private static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "egov-receive-worker-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    private static final ObservationContext OBSERVED =
            ObservationContext.of(ObservationContext.RECEIVE_PASS, "EdocReceiver", "pollOnce");

    public static Builder builder() {
        return new Builder();
    }

    /**
     * One pass over the waiting packages: each one this instance can claim is taken as far as it goes (handled,
     * acknowledged); faults of one package are reported to the {@link ReceiveListener} and the pass goes on. Returns
     * how many packages were handed to the handler in this pass. Throws only when the list cannot be read.
     */
    public int pollOnce() {
        return EgovObservations.observe(OBSERVED, this::pass);
    }

    private int pass() {
        staging.sweep();
        Instant listedAt = clock.instant();
        List<ReceivedPackage> waiting = new ArrayList<>(client.listReceived(messageType));
        // Instances sharing the inbox start at different places of the list instead of racing for the same package.
        Collections.rotate(
                waiting, waiting.isEmpty() ? 0 : ThreadLocalRandom.current().nextInt(waiting.size()));
        if (workers != null && waiting.size() > 1) {
            return inParallel(waiting, listedAt);
        }
        int handled = 0;
        for (ReceivedPackage p : waiting) {
            if (handle(p, listedAt)) {
                handled++;
            }
        }
        return handled;
    }

    /** One package, with its axis document id in the MDC so the user's log lines correlate. */
    private boolean handle(ReceivedPackage p, Instant listedAt) {
        try (EgovMdc.Scope mdc = EgovMdc.documentId(p.docId())) {
            return new PackageRun(this, p, listedAt).run();
        }
    }

    /**
     * The packages of one listing on the worker threads, each through its own claim (as on several instances), and
     * waits for all of them: the pass ends, as a sequential one, with every package handled, deferred or skipped.
     */
    private int inParallel(List<ReceivedPackage> waiting, Instant listedAt) {
        List<Future<Boolean>> runs = new ArrayList<>(waiting.size());
        for (ReceivedPackage p : waiting) {
            runs.add(workers.submit(() -> handle(p, listedAt)));
        }
        int handled = 0;
        for (int i = 0; i < runs.size(); i++) {
            try {
                if (runs.get(i).get()) {
                    handled++;
                }
            } catch (InterruptedException e) {
                // stop waiting; runs not started yet are cancelled, the ones running finish (or defer) on their own
                runs.subList(i, runs.size()).forEach(f -> f.cancel(false));
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
        }
        return handled;
    }

    /** Whether the axis still lists the package (read after a takeover, before acknowledging again). */
    boolean stillListed(String docId) {
        return client.listReceived(messageType).stream().anyMatch(p -> p.docId().equals(docId));
    }

    @Override
    public void close() {
        leases.close();
        if (workers != null) {
            workers.shutdown();
        }
    }

    /** Builder of {@link EdocReceiver}. */
    public static final class Builder {
        private VxpClient client;
        private Path staging;
        private CheckpointStore checkpoints;
        private EdocHandler handler;
        private TransactionalEdocHandler transactionalHandler;
        private HandlerFailure onHandlerFailure = HandlerFailure.RETRY;
        private MessageType messageType = MessageType.EDOC;
        private Organization arrivedStatusFrom;
        private Clock clock = Clock.systemUTC();
        private Duration lease = Duration.ofMinutes(2);
        private Duration reacknowledgeAfter = Duration.ofMinutes(10);
        private boolean deduplicate = true;
        private ReceiveListener listener = new ReceiveListener() {};
        private int workers = 1;

        private Builder() {}

        public Builder client(VxpClient client) {
            this.client = client;
            return this;
        }

        /** Where packages are downloaded; may be shared by instances of one machine (one sub-folder per claim). */
        public Builder stagingDirectory(Path staging) {
            this.staging = staging;
            return this;
        }

        /** The state store (default: a {@link FileCheckpointStore} in {@code <staging>/.checkpoints}). */
        public Builder checkpoints(CheckpointStore checkpoints) {
            this.checkpoints = checkpoints;
            return this;
        }

        /** Your handler, called at least once per package. */
        public Builder handler(EdocHandler handler) {
            this.handler = handler;
            return this;
        }

        /** Your handler writing in the checkpoint's transaction (needs a {@link JdbcCheckpointStore}). */
        public Builder transactionalHandler(TransactionalEdocHandler handler) {
            this.transactionalHandler = handler;
            return this;
        }

        public Builder onHandlerFailure(HandlerFailure policy) {
            this.onHandlerFailure = Objects.requireNonNull(policy);
            return this;
        }

        /** Receive documents (default) or status messages. */
        public Builder messageType(MessageType messageType) {
            this.messageType = Objects.requireNonNull(messageType);
            return this;
        }

        /** Send status 01 (đã đến) from this agency for every document handled. */
        public Builder sendArrivedStatusAs(Organization self) {
            this.arrivedStatusFrom = self;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * How long a claim holds a package without renewal (default 2 minutes; renewed every third of it while the
         * package is handled). A killed instance's packages wait this long before another instance takes them over.
         */
        public Builder lease(Duration lease) {
            if (lease.isNegative() || lease.isZero()) {
                throw new EgovClientException("lease must be positive");
            }
            this.lease = lease;
            return this;
        }

        /**
         * A package still listed this long after it was acknowledged is acknowledged again with the recorded outcome
         * (the axis lost the acknowledgement); default 10 minutes. Shorter listings are stale and ignored.
         */
        public Builder reacknowledgeAfter(Duration after) {
            this.reacknowledgeAfter = Objects.requireNonNull(after);
            return this;
        }

        /** Whether a document already handled under another package is skipped (default true). */
        public Builder deduplicate(boolean deduplicate) {
            this.deduplicate = deduplicate;
            return this;
        }

        public Builder listener(ReceiveListener listener) {
            this.listener = Objects.requireNonNull(listener);
            return this;
        }

        /**
         * How many packages of one listing are worked on at once (default 1: one after the other). Each runs through
         * its own claim, as on separate instances, so the guarantees are the same; more workers help when the
         * handler is CPU-bound (signature verification) or waits (a slow database), up to about the number of cores
         * for CPU-bound work. {@link #close()} stops the workers.
         */
        public Builder workers(int workers) {
            if (workers < 1) {
                throw new EgovClientException("workers must be at least 1, was " + workers);
            }
            this.workers = workers;
            return this;
        }

        public EdocReceiver build() {
            return new EdocReceiver(this);
        }
    }
}
