package io.github.egovsdk.benchmarks;

import io.github.egovsdk.benchmarks.fixtures.BenchmarkFixtures;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.keys.SigningKeys;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.verify.SignatureValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The SDK doing the benchmarked jobs through its public API. */
public final class SdkOperations {
    private final PadesSigner signer;
    private final SignatureValidator validator;
    private final Path dir;

    public SdkOperations(BenchmarkFixtures fixtures) {
        SigningKey key = SigningKeys.of(fixtures.signerKey(), List.of(fixtures.signer()));
        this.signer = PadesSigner.builder().key(key).build();
        this.validator =
                SignatureValidator.builder().trustAnchor(fixtures.root()).build();
        try {
            this.dir = Files.createTempDirectory(
                    Path.of(System.getProperty("egov.bench.tmp", "/dev/shm").trim()), "sdk-bench");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs from and to files (the SDK's API is file based, so the PDF streams rather than sits in memory). */
    public Path signPades(Path in, Path out) {
        signer.sign(in, out, PadesOptions.invisible());
        return out;
    }

    public Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    public Path path(String name) {
        return dir.resolve(name);
    }

    /** Validates and returns the number of TOTAL_PASSED signatures. */
    public int validate(Path file, Path detached) {
        return (int) validator.validate(file, detached).signatures().stream()
                .filter(s -> s.passed())
                .count();
    }
}
