package io.github.egovsdk.signature.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.signature.cms.CadesSigner;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.keys.SigningKeys;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.sign.SignOptions;
import io.github.egovsdk.signature.testpki.TestPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator shared by many threads gives each file the verdict it gets alone, in input order. */
class BatchValidatorTest {
    static TestPki pki;
    static SigningKey key;
    static SignatureValidator validator;

    @BeforeAll
    static void pki() {
        pki = new TestPki();
        key = SigningKeys.of(pki.signerKey(), List.of(pki.signer, pki.ca));
        validator = SignatureValidator.builder().trustAnchor(pki.root).build();
    }

    /** 12 signed PDFs, 3 tampered ones, a CAdES .p7m, an unsigned text file: a mixed batch. */
    static List<Path> mixedBatch(Path dir) throws Exception {
        Path blank = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(blank.toFile());
        }
        PadesSigner signer = PadesSigner.builder().key(key).build();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Path signed = dir.resolve("signed-" + i + ".pdf");
            signer.sign(blank, signed, PadesOptions.invisible());
            if (i % 5 == 4) {
                byte[] bytes = Files.readAllBytes(signed);
                bytes[200] ^= 0x01; // inside the signed byte range
                Files.write(signed, bytes);
            }
            files.add(signed);
        }
        Path content = Files.writeString(dir.resolve("hello.txt"), "Xin chào", StandardCharsets.UTF_8);
        Path p7m = dir.resolve("hello.p7m");
        CadesSigner.builder().key(key).build().sign(content, p7m, SignOptions.enveloping());
        files.add(p7m);
        files.add(content);
        return files;
    }

    @Test
    void validate_whenManyFilesOnManyThreads_givesEachFileItsSequentialVerdictInOrder(@TempDir Path dir)
            throws Exception {
        List<Path> files = mixedBatch(dir);
        List<String> sequential = new ArrayList<>();
        for (Path f : files) {
            sequential.add(BatchValidator.builder()
                    .validator(validator)
                    .parallelism(1)
                    .build()
                    .validate(List.of(f))
                    .get(0)
                    .errorOrIndication());
        }
        Set<Path> seen = ConcurrentHashMap.newKeySet();
        List<BatchResult> parallel = BatchValidator.builder()
                .validator(validator)
                .parallelism(6)
                .build()
                .validate(files, r -> seen.add(r.file()));

        assertThat(parallel).extracting(BatchResult::file).containsExactlyElementsOf(files);
        assertThat(parallel).extracting(BatchResult::errorOrIndication).containsExactlyElementsOf(sequential);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(files);
        assertThat(parallel.stream().filter(BatchResult::valid)).hasSize(13); // 12 intact PDFs + the .p7m
        assertThat(parallel.get(4).errorOrIndication()).startsWith("TOTAL_FAILED");
        assertThat(parallel.get(files.size() - 1).error()).isInstanceOf(SignatureValidationException.class);
    }

    @Test
    void validate_whenOneValidatorIsHammeredConcurrently_reportsAreIdentical(@TempDir Path dir) throws Exception {
        List<Path> files = mixedBatch(dir).subList(0, 6);
        List<String> expected =
                files.stream().map(f -> describe(validator.validate(f))).toList();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    List<String> got = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        for (Path f : files) {
                            got.add(describe(validator.validate(f)));
                        }
                    }
                    return got;
                }));
            }
            start.countDown();
            for (Future<List<String>> run : runs) {
                List<String> got = run.get();
                for (int i = 0; i < got.size(); i++) {
                    assertThat(got.get(i)).isEqualTo(expected.get(i % files.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void builder_whenParallelismBelowOne_isRefused() {
        assertThatThrownBy(() -> BatchValidator.builder().parallelism(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
        assertThat(BatchValidator.builder().validator(validator).build().validate(List.of()))
                .isEmpty();
    }

    private static String describe(ValidationReport report) {
        return report.file() + " "
                + report.signatures().stream()
                        .map(s -> s.indication() + "/" + s.subIndication() + "/" + s.signer())
                        .toList();
    }
}
