package io.github.egovsdk.signature.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.signature.cms.CadesSigner;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.keys.SigningKeys;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.sign.SignOptions;
import io.github.egovsdk.signature.testpki.TestPki;
import io.github.egovsdk.signature.xml.XadesSigner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SignatureValidator} is immutable and thread-safe: one instance verifying PAdES, XAdES and CAdES files (valid
 * and tampered) on 12 threads at once — all threads on the same file at the same moment, then each thread on a
 * different file — gives every file exactly the report (indication, sub-indication, signer, format, every message)
 * it gets on one thread.
 */
class SignatureValidatorConcurrencyTest {
    private static final int THREADS = 12;
    private static final int ROUNDS = 3;
    private static TestPki pki;
    private static SignatureValidator validator;

    @TempDir
    static Path dir;

    private static final List<Path> FILES = new ArrayList<>();
    private static final List<Path> DETACHED = new ArrayList<>();

    @BeforeAll
    static void files() throws Exception {
        pki = new TestPki();
        SigningKey key = SigningKeys.of(pki.signerKey(), List.of(pki.signer, pki.ca));
        validator = SignatureValidator.builder().trustAnchor(pki.root).build();
        Path blank = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            doc.save(blank.toFile());
        }
        Path pdf = add(dir.resolve("signed.pdf"), null);
        PadesSigner.builder().key(key).build().sign(blank, pdf, PadesOptions.invisible());
        Path tampered = add(dir.resolve("tampered.pdf"), null);
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[300] ^= 0x01;
        Files.write(tampered, bytes);
        Path xml = Files.writeString(
                dir.resolve("to-khai.xml"), "<ToKhai><HoTen>Nguyễn Văn A</HoTen></ToKhai>", StandardCharsets.UTF_8);
        XadesSigner.builder().key(key).build().sign(xml, add(dir.resolve("signed.xml"), null), SignOptions.enveloped());
        Path content = Files.writeString(dir.resolve("hello.txt"), "Xin chào", StandardCharsets.UTF_8);
        CadesSigner.builder()
                .key(key)
                .build()
                .sign(content, add(dir.resolve("hello.p7s"), content), SignOptions.detached());
        Path other = Files.writeString(dir.resolve("other.txt"), "Tạm biệt", StandardCharsets.UTF_8);
        add(dir.resolve("hello.p7s"), other); // the same signature over other content: HASH_FAILURE
    }

    private static Path add(Path file, Path detached) {
        FILES.add(file);
        DETACHED.add(detached);
        return file;
    }

    @AfterAll
    static void close() {
        pki.close();
    }

    @Test
    void validate_whenOneValidatorIsSharedByManyThreads_eachReportEqualsTheSingleThreadOne() throws Exception {
        List<ValidationReport> expected = new ArrayList<>();
        for (int i = 0; i < FILES.size(); i++) {
            expected.add(validator.validate(FILES.get(i), DETACHED.get(i)));
        }
        assertThat(expected)
                .extracting(r -> r.signatures().get(0).indication())
                .containsExactly(
                        Indication.TOTAL_PASSED,
                        Indication.TOTAL_FAILED,
                        Indication.TOTAL_PASSED,
                        Indication.TOTAL_PASSED,
                        Indication.TOTAL_FAILED);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CyclicBarrier together = new CyclicBarrier(THREADS);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                runs.add(pool.submit(() -> {
                    int compared = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        // every thread on the same file at the same moment
                        for (int i = 0; i < FILES.size(); i++) {
                            together.await(30, TimeUnit.SECONDS);
                            assertThat(validator.validate(FILES.get(i), DETACHED.get(i)))
                                    .isEqualTo(expected.get(i));
                            compared++;
                        }
                        // each thread on a different file
                        for (int k = 0; k < FILES.size(); k++) {
                            int i = (k + thread) % FILES.size();
                            assertThat(validator.validate(FILES.get(i), DETACHED.get(i)))
                                    .isEqualTo(expected.get(i));
                            compared++;
                        }
                    }
                    return compared;
                }));
            }
            for (Future<Integer> run : runs) {
                assertThat(run.get(5, TimeUnit.MINUTES)).isEqualTo(ROUNDS * FILES.size() * 2);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
