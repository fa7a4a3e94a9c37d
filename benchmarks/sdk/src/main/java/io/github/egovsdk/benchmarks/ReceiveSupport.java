package io.github.egovsdk.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import io.github.egovsdk.core.jdbc.JdbcDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Bookkeeping of {@link ReceiveThroughputBenchmark}: CPU time, its side file, clean-up of folders and tables. */
final class ReceiveSupport {
    private ReceiveSupport() {}

    static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long currentThreadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU time used so far by the live threads whose names start with {@code prefix}. */
    static long threadCpuNanos(String prefix) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix)) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }

    /** Appends one measured operation to {@code -Degov.bench.receiveCpu} (one JSON object a line), when set. */
    static void recordCpu(String benchmark, int documents, long wallNanos, long cpuNanos, long receiverCpuNanos) {
        String file = System.getProperty("egov.bench.receiveCpu");
        if (file == null || file.isBlank()) {
            return;
        }
        String line = String.format(
                Locale.ROOT,
                "{\"benchmark\": \"%s\", \"documents\": %d, \"wallMs\": %.3f,"
                        + " \"cpuMs\": %.3f, \"receiverCpuMs\": %.3f}%n",
                benchmark,
                documents,
                wallNanos / 1e6,
                cpuNanos / 1e6,
                receiverCpuNanos / 1e6);
        try {
            Files.writeString(
                    Path.of(file.strip()),
                    line,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops the tables of one benchmark iteration's table prefix. */
    static void dropTables(JdbcDatabase db) {
        db.withConnection(c -> {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT table_name FROM information_schema.tables" + " WHERE table_name LIKE ?")) {
                p.setString(1, db.tablePrefix() + "%");
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                for (String t : tables) {
                    s.execute("DROP TABLE IF EXISTS " + t + " CASCADE");
                }
            }
            return null;
        });
    }

    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
