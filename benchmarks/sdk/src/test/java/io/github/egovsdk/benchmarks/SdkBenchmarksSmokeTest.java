package io.github.egovsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.benchmarks.fixtures.BenchmarkFixtures;
import io.github.egovsdk.benchmarks.fixtures.SmokeRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs every SDK-side benchmark once on the fixtures the DSS side wrote, so a benchmark that no longer runs (a
 * missing class, a fixture that stopped validating) fails the build. The 100 MiB edXML case runs at 1 MiB and the
 * 100-file batch with 4 files here; the 200 MB PAdES memory probe signs a 4 MB PDF.
 */
class SdkBenchmarksSmokeTest {
    @Test
    void everyBenchmark_whenRunOnce_producesAScore() throws Exception {
        assertThat(SmokeRun.run(Map.of("attachmentBytes", "1048576", "files", "4"), PadesSigningBenchmark.class,
                VerificationBenchmark.class, EdxmlBenchmark.class, EdxmlSampleBenchmark.class,
                HttpCallBenchmark.class, ParallelVerificationBenchmark.class)).containsExactly("EdxmlBenchmark.baselineStaxBuildAndParse",
                        "EdxmlBenchmark.sdkBuildAndParse", "EdxmlSampleBenchmark.baselineStaxParse",
                        "EdxmlSampleBenchmark.sdkParse", "HttpCallBenchmark.rawHttpClient5",
                        "HttpCallBenchmark.sdkSignedVxpCall", "PadesSigningBenchmark.handWrittenPdfboxBouncyCastle",
                        "PadesSigningBenchmark.sdk", "ParallelVerificationBenchmark.oneThread",
                        "ParallelVerificationBenchmark.twoWorkers", "VerificationBenchmark.sdkCadesDetached",
                        "VerificationBenchmark.sdkPades", "VerificationBenchmark.sdkXadesEnveloped");
    }

    @Test
    void padesMemoryProbe_whenSmallPdf_signsAndReportsPeakMemory() throws Exception {
        assertThat(PadesMemoryProbe.run(BenchmarkFixtures.load(), 4L * 1024 * 1024)).startsWith("pades-sdk ")
                .contains("pdfMB=4").containsPattern("peakRssKiB=[1-9]");
    }
}
