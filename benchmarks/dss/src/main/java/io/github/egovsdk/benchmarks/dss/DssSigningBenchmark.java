package io.github.egovsdk.benchmarks.dss;

import io.github.egovsdk.benchmarks.fixtures.BenchmarkFixtures;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** PAdES B-B signing of the 1 MB fixture PDF with the fixture RSA-2048 key, as DSS users do it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DssSigningBenchmark {
    private byte[] pdf;
    private DssPades dss;

    @Setup(Level.Trial)
    public void setUp() {
        BenchmarkFixtures fixtures = BenchmarkFixtures.load();
        pdf = fixtures.bytes(BenchmarkFixtures.SAMPLE_PDF);
        dss = new DssPades(fixtures.signerKey(), fixtures.signer());
    }

    @Benchmark
    public byte[] euDss() throws Exception {
        return dss.sign(pdf);
    }
}
