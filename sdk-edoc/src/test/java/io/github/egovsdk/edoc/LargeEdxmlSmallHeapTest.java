package io.github.egovsdk.edoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 300 MB attachment built into edXML and parsed back in a forked JVM limited to 64 MB of heap. */
class LargeEdxmlSmallHeapTest {
    private static final long SIZE = 300L * 1024 * 1024;

    @Test
    void writeAndRead_when300MbAttachmentWith64MbHeap_streamsAndKeepsTheBytes(@TempDir Path dir) throws Exception {
        Path attachment = dir.resolve("scan.pdf");
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        byte[] block = new byte[1 << 20];
        Random random = new Random(3);
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(attachment), md)) {
            for (long n = 0; n < SIZE; n += block.length) {
                random.nextBytes(block);
                out.write(block);
            }
        }
        String sha = HexFormat.of().formatHex(md.digest());

        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LargeEdxmlMain.class.getName(),
                        attachment.toString(),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("decoded=" + SIZE, "sha256=" + sha, "heapMaxMiB=64");
    }
}
