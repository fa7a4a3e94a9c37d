package io.github.egovsdk.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** PAdES B-B signing of a 1 MB PDF with an RSA-2048 key in memory: SDK vs hand-written floor vs EU DSS. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PadesSigningBenchmark {
    private byte[] pdf;
    private HandWrittenPadesSigner handWritten;
    private DssPades dss;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        BenchmarkKeys keys = BenchmarkKeys.create();
        pdf = SamplePdf.create(1024 * 1024);
        handWritten = new HandWrittenPadesSigner(keys.leafKey, keys.leaf);
        dss = new DssPades(keys);
    }

    @Benchmark
    public byte[] handWrittenPdfboxBouncyCastle() throws Exception {
        return handWritten.sign(pdf);
    }

    @Benchmark
    public byte[] euDss() throws Exception {
        return dss.sign(pdf);
    }
}
