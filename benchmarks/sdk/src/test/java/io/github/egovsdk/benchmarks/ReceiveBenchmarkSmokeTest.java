package io.github.egovsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.benchmarks.fixtures.SmokeRun;
import io.github.egovsdk.core.jdbc.TestDatabases;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The receive benchmark once, with 12 documents per operation: every document handed on exactly once, verified and
 * acknowledged, nothing left in the inbox ({@link ReceiveThroughputBenchmark}'s checks), for the file store, one
 * PostgreSQL instance and three. PostgreSQL as the other store tests find it ({@link TestDatabases}): under CI a
 * missing server fails the test instead of skipping it.
 */
class ReceiveBenchmarkSmokeTest {
    @Test
    void receiveBenchmark_whenRunOnce_everyDocumentReceivedExactlyOnce() throws Exception {
        if (System.getenv("CI") != null && System.getenv(TestDatabases.ENV) == null) {
            throw new AssertionError("CI is set but " + TestDatabases.ENV + " is not: .ci/run starts PostgreSQL");
        }
        System.setProperty("egov.bench.pg", TestDatabases.postgresUrl());

        assertThat(SmokeRun.run(Map.of("documents", "12"), ReceiveThroughputBenchmark.class))
                .containsExactly(
                        "ReceiveThroughputBenchmark.oneInstanceFileStore",
                        "ReceiveThroughputBenchmark.oneInstancePostgres",
                        "ReceiveThroughputBenchmark.threeInstancesPostgres");
    }
}
