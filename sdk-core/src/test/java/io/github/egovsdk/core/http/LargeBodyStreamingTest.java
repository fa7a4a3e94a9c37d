package io.github.egovsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 200 MB upload and download through the pipeline in a forked JVM with -Xmx64m: bodies must stream. */
class LargeBodyStreamingTest {
    private static final long SIZE = 200L * 1024 * 1024;

    @Test
    void send_when200MbFileUploadedAndDownloadedWith64MbHeap_streamsBothWays(@TempDir Path dir) throws Exception {
        Path upload = dir.resolve("upload.bin");
        String uploadSha = writeRandomFile(upload);
        Path stored = dir.resolve("stored.bin");
        AtomicLong received = new AtomicLong();
        AtomicReference<String> receivedSha = new AtomicReference<>();

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/upload", ex -> {
            try (InputStream in = new DigestInputStream(ex.getRequestBody(), sha256());
                    OutputStream out = Files.newOutputStream(stored)) {
                received.set(in.transferTo(out));
                receivedSha.set(HexFormat.of()
                        .formatHex(((DigestInputStream) in).getMessageDigest().digest()));
            }
            ex.sendResponseHeaders(200, 2);
            ex.getResponseBody().write("ok".getBytes());
            ex.close();
        });
        server.createContext("/download", ex -> {
            ex.sendResponseHeaders(200, Files.size(stored));
            try (OutputStream out = ex.getResponseBody()) {
                Files.copy(stored, out);
            }
        });
        server.start();
        Path download = dir.resolve("download.bin");
        try {
            Process p = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx64m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            LargeBodyClientMain.class.getName(),
                            "http://127.0.0.1:" + server.getAddress().getPort(),
                            upload.toString(),
                            download.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(output).contains("heapMaxMiB=64");
        } finally {
            server.stop(0);
        }
        assertThat(received.get()).isEqualTo(SIZE);
        assertThat(receivedSha.get()).isEqualTo(uploadSha);
        assertThat(Files.size(download)).isEqualTo(SIZE);
        assertThat(sha256Of(download)).isEqualTo(uploadSha);
    }

    private static String writeRandomFile(Path file) throws Exception {
        MessageDigest md = sha256();
        byte[] block = new byte[1 << 20];
        Random random = new Random(1);
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), md)) {
            for (long written = 0; written < SIZE; written += block.length) {
                random.nextBytes(block);
                out.write(block);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String sha256Of(Path file) throws Exception {
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
