package io.github.egovsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.LogSecrets;
import io.github.egovsdk.testkit.SandboxSocialSecurity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs `egov demo` in a forked JVM with every logger at TRACE — Apache HttpClient's header and wire loggers too,
 * overriding the CLI's own pins as a user's configuration would — and reads everything it printed.
 */
class DemoCommandTest {

    @Test
    void demo_whenRunWithDebugLogging_succeedsAndLeaksNoIdTokenOrSecret(@TempDir Path dir) throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
                        "-Dorg.slf4j.simpleLogger.log.org.apache.hc.client5.http.wire=trace",
                        "-Dorg.slf4j.simpleLogger.log.org.apache.hc.client5.http.headers=trace",
                        "-cp",
                        System.getProperty("java.class.path"),
                        EgovCli.class.getName(),
                        "demo",
                        "--output",
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("[8/8]", "TOTAL_PASSED", "03 Đã tiếp nhận", "2026-02-25T16:00", "DEBUG");
        assertThat(output)
                .contains(
                        "VNeID",
                        "CSDL dân cư",
                        "MaXacThuc đúng / callback MAC verified",
                        "trạng thái 10",
                        "000.00.00.H27-260213-0001");
        assertThat(output)
                .doesNotContain(
                        "001099012345",
                        EgovSandbox.AGENCY_A.secret(),
                        EgovSandbox.AGENCY_B.secret(),
                        EgovSandbox.AGENCY_C.secret(),
                        EgovSandbox.PAYMENT_SECRET,
                        EgovSandbox.PORTAL_PASSWORD,
                        EgovSandbox.VNEID_CLIENT_SECRET,
                        EgovSandbox.SSO_CLIENT_SECRET,
                        "Nguyễn Thử Nghiệm");
        assertThat(output).doesNotContainPattern("Bearer [A-Za-z0-9_-]{16,}");
        assertThat(output).doesNotContainPattern("(access_token|code|session)[\"=:]+[A-Za-z0-9_-]{20,}");
        assertThat(output).doesNotContainPattern("XroadVnpt-hash-header: [0-9a-f]{64}");
        assertThat(LogSecrets.find(output))
                .as("secrets in the demo's TRACE output")
                .isEmpty();
        assertThat(Files.exists(dir.resolve("cong-van-123-UBND-VP.signed.pdf"))).isTrue();
        assertThat(Files.exists(dir.resolve("cong-van-123-UBND-VP.edxml"))).isTrue();
        assertThat(Files.readString(dir.resolve("ho-so-000_00_00_H27-260213-0001.json")))
                .contains("\"TrangThaiHoSo\" : \"10\"")
                .doesNotContain("Nguyễn Thử Nghiệm");
        assertThat(output)
                .as("step 6 runs on sdk-dvc's clients: OK, not PARTIAL")
                .containsPattern("(?m)^6 +OK ")
                .contains("TraCuuTechID", "GET_BILL");
        assertThat(output)
                .as("step 7: LGSP route and the clinic's card check")
                .containsPattern("(?m)^7 +OK ")
                .contains("TraCuuThongTinCongDan", "KQNhanLichSuKCB2024: 000")
                .doesNotContain(SandboxSocialSecurity.PATIENTS.get(0).cardNumber());
        assertThat(output)
                .as("step 8: interconnected birth registration")
                .containsPattern("(?m)^8 +OK ")
                .contains("statuses [1, 3, 7, 4]");
        assertThat(Files.readAllBytes(dir.resolve("bien-lai-000_00_00_H27-260213-0001.pdf")))
                .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }
}
