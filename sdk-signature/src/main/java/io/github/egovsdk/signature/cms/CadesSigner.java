package io.github.egovsdk.signature.cms;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.SignatureAlgorithm;
import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.internal.LevelRules;
import io.github.egovsdk.signature.internal.CadesArchive;
import io.github.egovsdk.signature.internal.CadesLongTerm;
import io.github.egovsdk.signature.internal.CmsBuilder;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.revocation.RevocationSource;
import io.github.egovsdk.signature.tsa.TsaClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import org.bouncycastle.cms.CMSProcessableFile;
import org.bouncycastle.cms.CMSSignedData;

/**
 * CAdES signing, B-B, B-T or B-LT: detached ({@code .p7s}, the content stays separate and is streamed for the digest)
 * or enveloping ({@code .p7m}, the content inside). B-LT adds, after the signature time-stamp, the chain certificates
 * and OCSP/CRL data from the revocation source to SignedData ({@link CadesExtender}). Immutable and thread-safe.
 */
public final class CadesSigner {
    private final SigningKey key;
    private final SignatureAlgorithm algorithm;
    private final TsaClient tsa;
    private final Clock clock;
    private final SignatureLevel level;
    private final RevocationSource revocation;

    private CadesSigner(SigningKey key, SignatureAlgorithm algorithm, TsaClient tsa, Clock clock, SignatureLevel level,
            RevocationSource revocation) {
        this.key = Objects.requireNonNull(key, "key is required");
        this.algorithm = algorithm != null ? algorithm : key.defaultAlgorithm();
        this.tsa = tsa;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.level = LevelRules.resolve("CAdES", level, tsa, revocation, true);
        this.revocation = revocation;
    }

    public static CadesSigner of(SigningKey key, TsaClient tsa) {
        return new CadesSigner(key, null, tsa, Clock.systemUTC(), null, null);
    }

    public static CadesSigner of(SigningKey key, SignatureAlgorithm algorithm, TsaClient tsa, Clock clock) {
        return new CadesSigner(key, algorithm, tsa, clock, null, null);
    }

    /** A builder, for B-LT (level and revocation source) or to set everything by name. */
    public static Builder builder() {
        return new Builder();
    }

    public SignatureLevel level() {
        return level;
    }

    /** Signs {@code content}; {@code detached} writes a .p7s without the content, else a .p7m with it. */
    public void sign(Path content, Path output, boolean detached) {
        CMSSignedData signed = CmsBuilder.sign(new CMSProcessableFile(content.toFile()), !detached, key, algorithm, tsa,
                new Date(clock.millis()));
        if (LevelRules.isLongTerm(level)) {
            signed = CadesLongTerm.add(signed, revocation, key.chain());
        }
        if (level == SignatureLevel.B_LTA) {
            signed = CadesArchive.add(signed, tsa, content);
        }
        try {
            CadesExtender.write(signed.getEncoded(), output);
        } catch (IOException e) {
            throw new EgovClientException("Cannot sign " + content + ": " + e.getMessage(), e);
        }
    }

    /** Builder of {@link CadesSigner}. */
    public static final class Builder {
        private SigningKey key;
        private SignatureAlgorithm algorithm;
        private TsaClient tsa;
        private Clock clock = Clock.systemUTC();
        private SignatureLevel level;
        private RevocationSource revocation;

        private Builder() {
        }

        public Builder key(SigningKey key) {
            this.key = key;
            return this;
        }

        /** Default: the key's own algorithm. */
        public Builder algorithm(SignatureAlgorithm algorithm) {
            this.algorithm = algorithm;
            return this;
        }

        /** The TSA of the signature time-stamp (B-T and B-LT). */
        public Builder tsa(TsaClient tsa) {
            this.tsa = tsa;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** B-B, B-T or B-LT; by default B-T with a TSA, else B-B. B-LT also needs a {@link #revocation} source. */
        public Builder level(SignatureLevel level) {
            this.level = level;
            return this;
        }

        /** Where B-LT revocation data comes from, e.g. {@code CompositeRevocationSource.ocspThenCrl()}. */
        public Builder revocation(RevocationSource revocation) {
            this.revocation = revocation;
            return this;
        }

        public CadesSigner build() {
            return new CadesSigner(key, algorithm, tsa, clock, level, revocation);
        }
    }
}
