package io.github.egovsdk.benchmarks;

import io.github.egovsdk.edoc.Attachment;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlReader;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.ParsedEdxml;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

/**
 * edXML with one 100 MiB attachment, built then parsed, to and from disk ({@code egov.bench.tmp}, default /dev/shm):
 * hand-written StAX baseline vs the SDK, which also hashes what it writes and what it delivers (SHA-256).
 */
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
        Path tmp = Path.of(System.getProperty("egov.bench.tmp", "/dev/shm").trim());
        Files.createDirectories(tmp);
        dir = Files.createTempDirectory(tmp, "edxml-bench");
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
        for (Path p : new Path[] {attachment, edxml, extracted, dir.resolve("sdk-out")}) {
            Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public long baselineStaxBuildAndParse() throws Exception {
        baseline.build(attachment, edxml);
        return baseline.parse(edxml, extracted);
    }

    @Benchmark
    public long sdkBuildAndParse() throws Exception {
        EdocDocument doc = EdocDocument.builder()
                .from(Organization.of("000.00.00.H27", "UBND tỉnh Bắc Ninh"))
                .to(Organization.of("000.00.01.H27", "Sở Tư pháp tỉnh Bắc Ninh"))
                .code("123", "UBND-VP")
                .promulgation("Bắc Ninh", LocalDate.of(2026, 11, 23))
                .subject("V/v triển khai liên thông văn bản điện tử")
                .attachment(Attachment.ofFile("1", attachment))
                .build();
        EdxmlWriter.standard().write(doc, edxml);
        ParsedEdxml parsed = EdxmlReader.builder()
                .attachmentDirectory(dir.resolve("sdk-out"))
                .build()
                .read(edxml);
        Path out = parsed.attachments().get(0).file();
        long size = parsed.attachments().get(0).size();
        Files.delete(out);
        return size;
    }
}
