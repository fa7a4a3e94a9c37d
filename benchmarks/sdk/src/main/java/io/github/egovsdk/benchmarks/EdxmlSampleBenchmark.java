package io.github.egovsdk.benchmarks;

import io.github.egovsdk.edoc.EdxmlReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Parse of the real 360 KB edXML sample from the official SDK: hand-written StAX baseline vs the SDK's reader. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EdxmlSampleBenchmark {
    Path sample;
    private StaxEdxmlBaseline baseline;
    private EdxmlReader reader;

    @Setup(Level.Trial)
    public void setUp() {
        Path corpus = Path.of(System.getProperty("egov.corpus.dir", "../shared/corpus"));
        sample = corpus.resolve("edxml/vpcp-sdk_edoc_new.edxml");
        if (!Files.isRegularFile(sample)) {
            throw new IllegalStateException("Corpus sample not found: " + sample.toAbsolutePath()
                    + " (run from the project root or set -Degov.corpus.dir)");
        }
        baseline = new StaxEdxmlBaseline();
        reader = EdxmlReader.builder().unwrapZippedAttachments(false).build(); // once, like the baseline's factory
    }

    @Benchmark
    public long baselineStaxParse() throws Exception {
        return baseline.parse(sample, OutputStream::nullOutputStream);
    }

    /**
     * The same work through the SDK: header parsed, attachment decoded (and hashed), nothing kept — the official-SDK
     * zip wrapper is not unwrapped, as the baseline does not unwrap it either.
     */
    @Benchmark
    public long sdkParse() {
        return reader.read(sample).attachments().get(0).size();
    }
}
