package io.github.egovsdk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one edXML build + parse of a large attachment in this JVM (start it with {@code -Xmx64m}) and prints the
 * peak resident set size (VmHWM) and the elapsed time: {@code java -Xmx64m -cp benchmarks.jar
 * io.github.egovsdk.benchmarks.EdxmlMemoryProbe baseline|sdk [bytes]}.
 */
public final class EdxmlMemoryProbe {
    private EdxmlMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "baseline";
        EdxmlBenchmark bench = new EdxmlBenchmark();
        bench.attachmentBytes = args.length > 1 ? Long.parseLong(args[1]) : 100L * 1024 * 1024;
        bench.setUp();
        try {
            long start = System.nanoTime();
            long decoded = which.equals("sdk") ? bench.sdkBuildAndParse() : bench.baselineStaxBuildAndParse();
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (decoded != bench.attachmentBytes) {
                throw new IllegalStateException("decoded " + decoded + " bytes, expected " + bench.attachmentBytes);
            }
            System.out.println(which + " maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " elapsedMs=" + millis + " peakRssKiB=" + peakRssKiB());
        } finally {
            bench.tearDown();
        }
    }

    static long peakRssKiB() throws java.io.IOException {
        List<String> status = Files.readAllLines(Path.of("/proc/self/status"));
        for (String line : status) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
