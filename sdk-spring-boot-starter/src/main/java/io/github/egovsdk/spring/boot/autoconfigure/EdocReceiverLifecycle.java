package io.github.egovsdk.spring.boot.autoconfigure;

import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.edoc.receive.EdocReceiver;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs an {@link EdocReceiver} on a schedule (fixed delay between polls) for as long as the application runs.
 * Stopping is graceful: no new poll starts, the running one finishes (bounded by the shutdown timeout), then the
 * context goes on closing. A failing poll is logged (redacted) and retried at the next tick.
 */
public final class EdocReceiverLifecycle implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(EdocReceiverLifecycle.class);
    private final EdocReceiver receiver;
    private final Duration interval;
    private final Duration shutdownTimeout;
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile ScheduledExecutorService executor;

    public EdocReceiverLifecycle(EdocReceiver receiver, Duration interval, Duration shutdownTimeout) {
        this.receiver = receiver;
        this.interval = interval;
        this.shutdownTimeout = shutdownTimeout;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "egov-edoc-receiver");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::pollSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollSafely() {
        try {
            received.addAndGet(receiver.pollOnce());
            lastError.set(null);
        } catch (RuntimeException e) {
            String message = Redactor.redact(String.valueOf(e.getMessage()));
            lastError.set(e.getClass().getSimpleName() + ": " + message);
            LOG.warn("Receive poll failed, retrying in {}: {}", interval, message);
        } finally {
            polls.incrementAndGet();
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService e;
        synchronized (this) {
            e = executor;
            executor = null;
        }
        if (e == null) {
            return;
        }
        e.shutdown();
        try {
            if (!e.awaitTermination(shutdownTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Receive poll still running after {}; interrupting it", shutdownTimeout);
                e.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            e.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Polls completed since start (failed ones included). */
    public long polls() {
        return polls.get();
    }

    /** Packages handed to the handler and acknowledged since start. */
    public long received() {
        return received.get();
    }

    /** The last poll's failure, redacted; empty after a successful poll. */
    public Optional<String> lastError() {
        return Optional.ofNullable(lastError.get());
    }
}
