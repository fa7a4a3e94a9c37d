package io.github.egovsdk.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * "[3/10] name.pdf" on stderr while a many-file command runs, only when stderr is a terminal (tiến độ xử lý): the
 * {@code ./egov} launcher says so with {@code -Degov.tty=true}; otherwise (pipes, CI logs, tests) nothing is printed.
 */
final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final AtomicInteger done = new AtomicInteger();

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
        this.enabled = total > 1
                && (Boolean.getBoolean("egov.tty")
                        || System.getProperty("egov.tty") == null && System.console() != null);
    }

    void finished(String name) {
        int n = done.incrementAndGet();
        if (enabled) {
            synchronized (err) {
                err.print("\r\033[K[" + n + "/" + total + "] " + name);
                err.flush();
            }
        }
    }

    void end() {
        if (enabled) {
            synchronized (err) {
                err.print("\r\033[K");
                err.flush();
            }
        }
    }
}
