package io.github.egovsdk.signature.sign;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.SignatureAlgorithm;
import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.internal.LevelRules;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.revocation.RevocationSource;
import io.github.egovsdk.signature.tsa.TsaClient;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link SignerBuilder} resolved: the level checked against the TSA and revocation source (B-T and above need
 * a TSA, B-B refuses one, B-LT/B-LTA need revocation), the algorithm defaulted from the certificate. Immutable.
 */
public final class SignerSettings {
    private final String format;
    private final SigningKey key;
    private final List<X509Certificate> chain;
    private final SignatureAlgorithm algorithm;
    private final TsaClient tsa;
    private final Clock clock;
    private final SignatureLevel level;
    private final RevocationSource revocation;

    SignerSettings(
            String format,
            SigningKey key,
            List<X509Certificate> chain,
            SignatureAlgorithm algorithm,
            TsaClient tsa,
            Clock clock,
            SignatureLevel level,
            RevocationSource revocation) {
        this.format = format;
        this.key = key;
        this.chain = chain == null ? List.of() : List.copyOf(chain);
        this.algorithm = algorithm != null
                ? algorithm
                : key != null
                        ? key.defaultAlgorithm()
                        : this.chain.isEmpty()
                                ? null
                                : SignatureAlgorithm.defaultFor(
                                        this.chain.get(0).getPublicKey());
        this.tsa = tsa;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.level = LevelRules.resolve(format, level, tsa, revocation, true);
        this.revocation = revocation;
    }

    /** The key; a typed error when the signer was built with certificates only. */
    public SigningKey key() {
        if (key == null) {
            throw new EgovClientException(format + " signer has no private key: set key(...), or sign in two phases"
                    + " (prepare / complete) / Chưa có khóa ký: dùng ký hai bước");
        }
        return key;
    }

    public Optional<SigningKey> optionalKey() {
        return Optional.ofNullable(key);
    }

    /** The chain (signer first); a typed error when neither a key nor certificates were given. */
    public List<X509Certificate> chain() {
        if (chain.isEmpty()) {
            throw new EgovClientException(
                    format + " signer has neither a key nor certificates: set key(...) or" + " certificates(...)");
        }
        return chain;
    }

    /** The chain when known, else empty (a signer that only completes or extends needs none). */
    public List<X509Certificate> chainOrEmpty() {
        return chain;
    }

    /** The algorithm; a typed error when it cannot be derived (no key, certificates or explicit algorithm). */
    public SignatureAlgorithm algorithm() {
        if (algorithm == null) {
            chain();
        }
        return algorithm;
    }

    public Optional<TsaClient> tsa() {
        return Optional.ofNullable(tsa);
    }

    public Clock clock() {
        return clock;
    }

    public SignatureLevel level() {
        return level;
    }

    public Optional<RevocationSource> revocation() {
        return Optional.ofNullable(revocation);
    }
}
