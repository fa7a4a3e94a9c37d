package io.github.egovsdk.benchmarks;

import io.github.egovsdk.benchmarks.fixtures.BenchmarkFixtures;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * PAdES B-B signing of a large PDF in a small heap (start it with {@code -Xmx128m}): writes a one-page PDF carrying
 * one big embedded file stream, signs it through the SDK's public API, and prints the elapsed time and the peak
 * resident set size (VmHWM): {@code java -Xmx128m -cp benchmarks.jar io.github.egovsdk.benchmarks.PadesMemoryProbe
 * [bytes]} (default 200 MB). Both files are deleted afterwards.
 */
public final class PadesMemoryProbe {
    private PadesMemoryProbe() {}

    public static void main(String[] args) throws Exception {
        long bytes = args.length > 0 ? Long.parseLong(args[0]) : 200L * 1000 * 1000;
        System.out.println(run(BenchmarkFixtures.load(), bytes));
    }

    /** Signs a generated PDF of about {@code bytes}; validates the result when it is small (smoke mode). */
    public static String run(BenchmarkFixtures fixtures, long bytes) throws IOException {
        SdkOperations sdk = new SdkOperations(fixtures);
        Path pdf = sdk.path("big.pdf");
        Path signed = sdk.path("big-signed.pdf");
        try {
            writePdf(pdf, bytes);
            long start = System.nanoTime();
            sdk.signPades(pdf, signed);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (Files.size(signed) <= Files.size(pdf)) {
                throw new IllegalStateException("the signed PDF is not larger than the original");
            }
            if (bytes <= 16L * 1024 * 1024) {
                VerificationBenchmark.require(sdk.validate(signed, null), "signed large PDF");
            }
            return "pades-sdk maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " pdfMB="
                    + Files.size(pdf) / 1_000_000 + " elapsedMs=" + millis + " peakRssKiB="
                    + EdxmlMemoryProbe.peakRssKiB();
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(signed);
        }
    }

    /** A minimal PDF (classic cross-reference) whose bulk is one embedded file of pseudo-random bytes. */
    static void writePdf(Path file, long payload) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (CountingOutput out = new CountingOutput(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.text("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
            offsets.add(out.count);
            out.text("1 0 obj\n<</Type /Catalog /Pages 2 0 R /Names <</EmbeddedFiles <</Names [(data.bin) 5 0 R]>>>>"
                    + ">>\nendobj\n");
            offsets.add(out.count);
            out.text("2 0 obj\n<</Type /Pages /Kids [3 0 R] /Count 1>>\nendobj\n");
            offsets.add(out.count);
            out.text("3 0 obj\n<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources <<>>>>"
                    + "\nendobj\n");
            String content = "BT ET\n";
            offsets.add(out.count);
            out.text("4 0 obj\n<</Length " + content.length() + ">>\nstream\n" + content + "\nendstream\nendobj\n");
            offsets.add(out.count);
            out.text("5 0 obj\n<</Type /Filespec /F (data.bin) /UF (data.bin) /EF <</F 6 0 R>>>>\nendobj\n");
            offsets.add(out.count);
            out.text("6 0 obj\n<</Type /EmbeddedFile /Length " + payload + ">>\nstream\n");
            SplittableRandom random = new SplittableRandom(19);
            byte[] chunk = new byte[1 << 16];
            for (long left = payload; left > 0; left -= chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            out.text("\nendstream\nendobj\n");
            long xref = out.count;
            out.text("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f\r\n");
            for (long offset : offsets) {
                out.text(String.format("%010d 00000 n\r\n", offset));
            }
            out.text("trailer\n<</Size " + (offsets.size() + 1) + " /Root 1 0 R>>\nstartxref\n" + xref + "\n%%EOF\n");
        }
    }

    private static final class CountingOutput extends OutputStream {
        private final OutputStream out;
        private long count;

        CountingOutput(OutputStream out) {
            this.out = out;
        }

        void text(String s) throws IOException {
            write(s.getBytes(StandardCharsets.ISO_8859_1));
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
