package io.github.egovsdk.benchmarks;

import io.github.egovsdk.benchmarks.fixtures.BenchmarkFixtures;
import io.github.egovsdk.signature.verify.BatchResult;
import io.github.egovsdk.signature.verify.BatchValidator;
import io.github.egovsdk.signature.verify.SignatureValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Verification of many signed 1 MB PDFs (copies of the fixture, each its own file): one thread vs
 * {@link BatchValidator} with two workers, the same validator instance. The ratio shows how far verification scales
 * on the machine's cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParallelVerificationBenchmark {
    @Param("100")
    public int files;

    private final List<Path> pdfs = new ArrayList<>();
    private SignatureValidator validator;
    private BatchValidator parallel;
    private Path dir;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        BenchmarkFixtures fixtures = BenchmarkFixtures.load();
        validator = SignatureValidator.builder().trustAnchor(fixtures.root()).build();
        parallel = BatchValidator.builder().validator(validator).parallelism(2).build();
        dir = Files.createTempDirectory(
                Path.of(System.getProperty("egov.bench.tmp", "/dev/shm").trim()), "batch");
        for (int i = 0; i < files; i++) {
            pdfs.add(Files.copy(fixtures.file(BenchmarkFixtures.SIGNED_PDF), dir.resolve("signed-" + i + ".pdf")));
        }
        VerificationBenchmark.require(oneThread() == files ? 1 : 0, "sequential batch");
        VerificationBenchmark.require(twoWorkers() == files ? 1 : 0, "parallel batch");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        for (Path p : pdfs) {
            Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public int oneThread() {
        int valid = 0;
        for (Path pdf : pdfs) {
            valid += validator.validate(pdf).valid() ? 1 : 0;
        }
        return valid;
    }

    @Benchmark
    public int twoWorkers() {
        return (int) parallel.validate(pdfs).stream().filter(BatchResult::valid).count();
    }
}
