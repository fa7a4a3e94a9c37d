package io.github.egovsdk.edoc.receive;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renews the leases of the packages being worked on, every third of the lease, on one daemon thread shared by every
 * receiver of the JVM (a receiver that is never closed leaves no thread behind).
 */
final class LeaseKeeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LeaseKeeper.class);
    private final CheckpointStore store;
    private final Duration lease;
    private final Staging staging;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "egov-receive-lease");
        t.setDaemon(true);
        return t;
    });
    private final Set<ScheduledFuture<?>> tasks = ConcurrentHashMap.newKeySet();

    LeaseKeeper(CheckpointStore store, Duration lease, Staging staging) {
        this.store = store;
        this.lease = lease;
        this.staging = staging;
    }

    /** Keeps one claim alive until the returned handle is closed; {@link Held#lost()} says if renewal failed. */
    Held hold(ReceiveClaim claim, Path folder) {
        AtomicBoolean lost = new AtomicBoolean();
        long every = Math.max(1, lease.toMillis() / 3);
        ScheduledFuture<?> task = TIMER.scheduleWithFixedDelay(
                () -> {
                    try {
                        if (!store.renew(claim, lease)) {
                            lost.set(true);
                        }
                        staging.touch(folder);
                    } catch (RuntimeException e) {
                        // a failed renewal is retried at the next tick; the lease may lapse, and fencing then protects
                        // us
                        LOG.debug("Lease renewal of {} failed: {}", claim.docId(), e.getMessage());
                    }
                },
                every,
                every,
                TimeUnit.MILLISECONDS);
        tasks.add(task);
        return new Held(task, lost, tasks);
    }

    /** Stops renewing this receiver's leases (they lapse; fencing keeps late writes out). */
    @Override
    public void close() {
        tasks.forEach(t -> t.cancel(false));
        tasks.clear();
    }

    /** One claim being kept alive. */
    static final class Held implements AutoCloseable {
        private final ScheduledFuture<?> task;
        private final AtomicBoolean lost;
        private final Set<ScheduledFuture<?>> owner;

        Held(ScheduledFuture<?> task, AtomicBoolean lost, Set<ScheduledFuture<?>> owner) {
            this.task = task;
            this.lost = lost;
            this.owner = owner;
        }

        boolean lost() {
            return lost.get();
        }

        @Override
        public void close() {
            task.cancel(false);
            owner.remove(task);
        }
    }
}
