package io.github.egovsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.benchmarks.fixtures.BenchmarkFixtures;
import io.github.egovsdk.benchmarks.fixtures.SmokeRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every SDK-side benchmark once on the fixtures the DSS side wrote, so a benchmark that no longer runs (a
 * missing class, a fixture that stopped validating) fails the build. The 100 MiB edXML case runs at 1 MiB and the
 * 100-file batch with 4 files here; the 200 MB PAdES memory probe signs a 4 MB PDF.
 */
class SdkBenchmarksSmokeTest {
    @Test
    void everyBenchmark_whenRunOnce_producesAScore() throws Exception {
        assertThat(SmokeRun.run(
                        Map.of("attachmentBytes", "1048576", "files", "4"),
                        PadesSigningBenchmark.class,
                        VerificationBenchmark.class,
                        EdxmlBenchmark.class,
                        EdxmlSampleBenchmark.class,
                        HttpCallBenchmark.class,
                        ParallelVerificationBenchmark.class))
                .containsExactly(
                        "EdxmlBenchmark.baselineStaxBuildAndParse",
                        "EdxmlBenchmark.sdkBuildAndParse",
                        "EdxmlSampleBenchmark.baselineStaxParse",
                        "EdxmlSampleBenchmark.sdkParse",
                        "HttpCallBenchmark.rawHttpClient5",
                        "HttpCallBenchmark.sdkSignedVxpCall",
                        "PadesSigningBenchmark.handWrittenPdfboxBouncyCastle",
                        "PadesSigningBenchmark.sdk",
                        "ParallelVerificationBenchmark.oneThread",
                        "ParallelVerificationBenchmark.twoWorkers",
                        "VerificationBenchmark.sdkCadesDetached",
                        "VerificationBenchmark.sdkPades",
                        "VerificationBenchmark.sdkXadesEnveloped");
    }

    @Test
    void padesMemoryProbe_whenSmallPdf_signsAndReportsPeakMemory() throws Exception {
        assertThat(PadesMemoryProbe.run(BenchmarkFixtures.load(), 4L * 1024 * 1024))
                .startsWith("pades-sdk ")
                .contains("pdfMB=4")
                .containsPattern("peakRssKiB=[1-9]");
    }

    /** The small version of run.sh's 1 GiB at -Xmx16m case: 64 MiB built and parsed by the SDK in a 16 MiB heap. */
    @Test
    void edxmlMemoryProbe_when64MiBAttachmentIn16MiBHeap_streamsInAForkedJvm(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = EdxmlMemoryProbe.forked(
                "sdk", 64L << 20, "16m", dir, new PrintStream(output, true, StandardCharsets.UTF_8));
        String line = output.toString(StandardCharsets.UTF_8);

        assertThat(status).as(line).isZero();
        Matcher m = Pattern.compile("sdk attachmentMiB=64 maxHeapMiB=(\\d+) elapsedMs=\\d+ peakRssKiB=\\d+")
                .matcher(line);
        assertThat(m.find()).as(line).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isLessThanOrEqualTo(16);
    }
}
