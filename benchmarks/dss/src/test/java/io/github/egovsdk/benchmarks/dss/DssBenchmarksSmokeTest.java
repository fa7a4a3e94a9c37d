package io.github.egovsdk.benchmarks.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.benchmarks.fixtures.BenchmarkFixtures;
import io.github.egovsdk.benchmarks.fixtures.SmokeRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writes the shared fixtures (the SDK side's smoke run reads them) and runs every DSS benchmark once. */
class DssBenchmarksSmokeTest {
    @Test
    void everyBenchmark_whenRunOnce_producesAScore() throws Exception {
        BenchmarkFixtures fixtures = FixtureWriter.write(BenchmarkFixtures.defaultDir());
        assertThat(fixtures.signer().getSubjectX500Principal().getName()).contains("Benchmark");

        assertThat(SmokeRun.run(Map.of(), DssSigningBenchmark.class, DssVerificationBenchmark.class))
                .containsExactly(
                        "DssSigningBenchmark.euDss",
                        "DssVerificationBenchmark.dssCadesDetached",
                        "DssVerificationBenchmark.dssPades",
                        "DssVerificationBenchmark.dssXadesEnveloped");
    }
}
