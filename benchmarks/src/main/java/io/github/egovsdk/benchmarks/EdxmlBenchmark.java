package io.github.egovsdk.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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

/** edXML with one 100 MiB attachment, built then parsed, to and from disk: hand-written StAX baseline vs the SDK. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EdxmlBenchmark {
    @Param("104857600")
    public long attachmentBytes;

    Path dir;
    Path attachment;
    Path edxml;
    Path extracted;
    private StaxEdxmlBaseline baseline;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory(Path.of(System.getProperty("egov.bench.tmp", "/dev/shm").trim()), "edxml-bench");
        attachment = dir.resolve("cong-van.pdf");
        edxml = dir.resolve("message.edxml");
        extracted = dir.resolve("extracted.bin");
        byte[] block = new byte[1 << 20];
        new Random(7).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(attachment)) {
            for (long written = 0; written < attachmentBytes; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, attachmentBytes - written));
            }
        }
        baseline = new StaxEdxmlBaseline();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        for (Path p : new Path[] {attachment, edxml, extracted}) {
            Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public long baselineStaxBuildAndParse() throws Exception {
        baseline.build(attachment, edxml);
        return baseline.parse(edxml, extracted);
    }

    /** Wired to the SDK's edXML writer and reader once sdk-edoc lands on this branch. */
    public long sdkBuildAndParse() throws Exception {
        throw new IllegalStateException("sdk-edoc not merged into the benchmarks yet");
    }
}
