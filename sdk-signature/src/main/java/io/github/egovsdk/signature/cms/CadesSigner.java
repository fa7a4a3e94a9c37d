package io.github.egovsdk.signature.cms;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.SignatureAlgorithm;
import io.github.egovsdk.signature.internal.CmsBuilder;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.tsa.TsaClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import org.bouncycastle.cms.CMSProcessableFile;

/**
 * CAdES signing, B-B or B-T: detached ({@code .p7s}, the content stays separate and is streamed for the digest) or
 * enveloping ({@code .p7m}, the content inside). Immutable and thread-safe.
 */
public final class CadesSigner {
    private final SigningKey key;
    private final SignatureAlgorithm algorithm;
    private final TsaClient tsa;
    private final Clock clock;

    private CadesSigner(SigningKey key, SignatureAlgorithm algorithm, TsaClient tsa, Clock clock) {
        this.key = Objects.requireNonNull(key, "key is required");
        this.algorithm = algorithm != null ? algorithm : key.defaultAlgorithm();
        this.tsa = tsa;
        this.clock = clock;
    }

    public static CadesSigner of(SigningKey key, TsaClient tsa) {
        return new CadesSigner(key, null, tsa, Clock.systemUTC());
    }

    public static CadesSigner of(SigningKey key, SignatureAlgorithm algorithm, TsaClient tsa, Clock clock) {
        return new CadesSigner(key, algorithm, tsa, clock);
    }

    /** Signs {@code content}; {@code detached} writes a .p7s without the content, else a .p7m with it. */
    public void sign(Path content, Path output, boolean detached) {
        try {
            byte[] der = CmsBuilder.sign(new CMSProcessableFile(content.toFile()), !detached, key, algorithm, tsa,
                    new Date(clock.millis())).getEncoded();
            Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), "." + output.getFileName(), ".part");
            try {
                Files.write(tmp, der);
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new EgovClientException("Cannot sign " + content + ": " + e.getMessage(), e);
        }
    }
}
