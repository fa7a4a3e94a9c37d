package io.github.egovsdk.core.internal.http;

import io.github.egovsdk.core.http.HttpHeaders;
import io.github.egovsdk.core.http.HttpResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Holds a response to the call's total time budget ({@code Timeouts.total}) while its body is read: a server that
 * dribbles bytes, each within the read timeout, cannot keep the call alive past the deadline. A read after the
 * deadline fails, and a watchdog aborts the connection at the deadline so a read blocked then fails at once.
 * Either way the caller sees an {@link IOException} from the body, which the SDK reports as a timeout.
 */
final class DeadlineGuard implements HttpResponse {
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();
    private final HttpResponse response;
    private final long deadlineNanos;
    private final Duration budget;
    private final AtomicBoolean expired = new AtomicBoolean();
    private final ScheduledFuture<?> alarm;
    private InputStream body;

    private DeadlineGuard(HttpResponse response, long deadlineNanos, Duration budget) {
        this.response = response;
        this.deadlineNanos = deadlineNanos;
        this.budget = budget;
        this.alarm =
                WATCHDOG.schedule(this::expire, Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** Guards {@code response} until {@code deadlineNanos} ({@link System#nanoTime()} scale). */
    static HttpResponse guard(HttpResponse response, long deadlineNanos, Duration budget) {
        return new DeadlineGuard(response, deadlineNanos, budget);
    }

    private void expire() {
        if (expired.compareAndSet(false, true)) {
            response.abort();
        }
    }

    @Override
    public int statusCode() {
        return response.statusCode();
    }

    @Override
    public HttpHeaders headers() {
        return response.headers();
    }

    @Override
    public synchronized InputStream body() {
        if (body == null) {
            body = new Guarded(response.body());
        }
        return body;
    }

    @Override
    public void abort() {
        alarm.cancel(false);
        response.abort();
    }

    @Override
    public void close() {
        alarm.cancel(false);
        response.close();
    }

    private InterruptedIOException overBudget(IOException cause) {
        InterruptedIOException e = new InterruptedIOException("Timeout: the call's total time budget of "
                + budget.toMillis() + " ms (Timeouts.total) ran out while reading the response body");
        e.initCause(cause);
        return e;
    }

    /** The body, failing once the deadline has passed. */
    private final class Guarded extends FilterInputStream {
        Guarded(InputStream in) {
            super(in);
        }

        private void check() throws IOException {
            if (expired.get() || System.nanoTime() - deadlineNanos >= 0) {
                expire();
                throw overBudget(null);
            }
        }

        @Override
        public int read() throws IOException {
            check();
            try {
                int b = super.read();
                if (b < 0) {
                    alarm.cancel(false);
                }
                return b;
            } catch (IOException e) {
                throw expired.get() ? overBudget(e) : e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            try {
                int n = super.read(b, off, len);
                if (n < 0) {
                    alarm.cancel(false);
                }
                return n;
            } catch (IOException e) {
                throw expired.get() ? overBudget(e) : e;
            }
        }

        @Override
        public void close() throws IOException {
            alarm.cancel(false);
            super.close();
        }
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "egov-call-deadline");
            t.setDaemon(true);
            return t;
        });
        e.setRemoveOnCancelPolicy(true);
        return e;
    }
}
