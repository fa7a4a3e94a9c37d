package io.github.egovsdk.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * One edXML build + parse of a large attachment (streamed to and from {@code egov.bench.tmp}, default /dev/shm,
 * deleted afterwards), printing the attachment size, the heap limit, the elapsed time and the peak resident set size
 * (VmHWM): {@code java -cp benchmarks.jar io.github.egovsdk.benchmarks.EdxmlMemoryProbe baseline|sdk [size [heap]]}
 * — size in bytes or with a {@code MiB}/{@code GiB} suffix (default 100MiB); with a heap ({@code 16m}) the probe runs
 * in a forked JVM started with {@code -Xmx<heap>} on the same class path and exits with its status, otherwise in this
 * JVM (start it with the {@code -Xmx} to measure).
 */
public final class EdxmlMemoryProbe {
    private EdxmlMemoryProbe() {}

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "baseline";
        long size = args.length > 1 ? parseSize(args[1]) : 100L << 20;
        if (args.length > 2) {
            String tmp = System.getProperty("egov.bench.tmp");
            System.exit(forked(which, size, args[2], tmp == null ? null : Path.of(tmp), System.out));
        }
        System.out.println(run(which, size));
    }

    /**
     * Runs the probe in a JVM with the given heap, its files in {@code tmp} (null: the default); its result line (all
     * of its output when it fails) goes to {@code out}. Returns its exit status.
     */
    static int forked(String which, long size, String heap, Path tmp, PrintStream out)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
        if (tmp != null) {
            command.add("-Degov.bench.tmp=" + tmp.toAbsolutePath());
        }
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                EdxmlMemoryProbe.class.getName(),
                which,
                Long.toString(size)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("The probe did not finish: " + output);
        }
        for (String line : output.split("\n")) {
            if (line.startsWith(which + " ") || p.exitValue() != 0) {
                out.println(line);
            }
        }
        return p.exitValue();
    }

    /** One build + parse in this JVM; the result line. */
    static String run(String which, long size) throws Exception {
        EdxmlBenchmark bench = new EdxmlBenchmark();
        bench.attachmentBytes = size;
        bench.setUp();
        try {
            long start = System.nanoTime();
            long decoded = which.equals("sdk") ? bench.sdkBuildAndParse() : bench.baselineStaxBuildAndParse();
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (decoded != size) {
                throw new IllegalStateException("decoded " + decoded + " bytes, expected " + size);
            }
            return which + " attachmentMiB=" + size / (1 << 20) + " maxHeapMiB="
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " elapsedMs=" + millis + " peakRssKiB="
                    + peakRssKiB();
        } finally {
            bench.tearDown();
        }
    }

    static long parseSize(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("gib")) {
            return Long.parseLong(t.substring(0, t.length() - 3)) << 30;
        }
        if (t.endsWith("mib")) {
            return Long.parseLong(t.substring(0, t.length() - 3)) << 20;
        }
        return Long.parseLong(t);
    }

    static long peakRssKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
