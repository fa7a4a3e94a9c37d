package io.github.egovsdk.benchmarks;

import io.github.egovsdk.benchmarks.fixtures.BenchmarkFixtures;
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

/**
 * The SDK's verifier on the fixture files (signed by DSS at B-B), offline, with the test root trusted: crypto, chain,
 * PDF modification detection. EU DSS verifies the same files on its own class path ({@code DssVerificationBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class VerificationBenchmark {
    private SdkOperations sdk;
    private Path pdfFile;
    private Path xadesFile;
    private Path cadesFile;
    private Path contentFile;

    @Setup(Level.Trial)
    public void setUp() {
        BenchmarkFixtures fixtures = BenchmarkFixtures.load();
        sdk = new SdkOperations(fixtures);
        pdfFile = fixtures.file(BenchmarkFixtures.SIGNED_PDF);
        xadesFile = fixtures.file(BenchmarkFixtures.SIGNED_XML);
        cadesFile = fixtures.file(BenchmarkFixtures.CADES);
        contentFile = fixtures.file(BenchmarkFixtures.CADES_CONTENT);
        // Each validation must pass, or the benchmark measures a failure path.
        require(sdkPades(), "SDK PAdES");
        require(sdkXadesEnveloped(), "SDK XAdES");
        require(sdkCadesDetached(), "SDK CAdES");
    }

    static void require(int passed, String what) {
        if (passed != 1) {
            throw new IllegalStateException(what + " did not validate as TOTAL_PASSED on the benchmark fixture");
        }
    }

    @Benchmark
    public int sdkPades() {
        return sdk.validate(pdfFile, null);
    }

    @Benchmark
    public int sdkXadesEnveloped() {
        return sdk.validate(xadesFile, null);
    }

    @Benchmark
    public int sdkCadesDetached() {
        return sdk.validate(cadesFile, contentFile);
    }
}
