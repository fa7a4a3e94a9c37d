package io.github.egovsdk.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.LogSecrets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample, run in a forked JVM with EVERY logger at TRACE — Apache HttpClient's own header and wire loggers
 * included, as a user's logging configuration may set them — prints no secret: no password, client secret, bearer or
 * ID token, session id, payment MAC, VXP HMAC header or personal ID.
 */
class SamplesLogCaptureTest {

    @Test
    void allSamples_whenEveryLoggerIsAtTrace_logNoSecret(@TempDir Path dir) throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
                        "-Dorg.slf4j.simpleLogger.log.org.apache.hc.client5.http.wire=trace",
                        "-Dorg.slf4j.simpleLogger.log.org.apache.hc.client5.http.headers=trace",
                        "-Dorg.slf4j.simpleLogger.log.io.github.egovsdk=trace",
                        "-Djava.io.tmpdir=" + dir,
                        "-cp",
                        System.getProperty("java.class.path"),
                        AllSamplesMain.class.getName(),
                        System.getProperty("egov.corpus.dir"),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(tail(output)).isZero();
        assertThat(output).contains("ALL-SAMPLES-DONE", "DEBUG org.apache.hc.client5");
        assertThat(LogSecrets.find(output))
                .as("secrets in the samples' TRACE output")
                .isEmpty();
        assertThat(output)
                .doesNotContain(
                        EgovSandbox.PORTAL_PASSWORD,
                        EgovSandbox.PAYMENT_SECRET,
                        EgovSandbox.VNEID_CLIENT_SECRET,
                        EgovSandbox.SSO_CLIENT_SECRET,
                        EgovSandbox.AGENCY_A.secret(),
                        EgovSandbox.AGENCY_B.secret(),
                        EgovSandbox.AGENCY_C.secret());
    }

    private static String tail(String s) {
        return s.length() < 6000 ? s : s.substring(s.length() - 6000);
    }
}
