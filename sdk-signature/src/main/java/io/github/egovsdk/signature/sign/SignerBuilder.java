package io.github.egovsdk.signature.sign;

import io.github.egovsdk.signature.SignatureAlgorithm;
import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.revocation.RevocationSource;
import io.github.egovsdk.signature.tsa.TsaClient;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The builder vocabulary shared by {@code PadesSigner}, {@code XadesSigner} and {@code CadesSigner}: {@code key},
 * {@code certificates} (two-phase signing without a local key), {@code algorithm}, {@code tsa}, {@code clock},
 * {@code level}, {@code revocation}.
 *
 * @param <B> the concrete builder
 * @param <S> the signer it builds
 */
public abstract class SignerBuilder<B extends SignerBuilder<B, S>, S> {
    private SigningKey key;
    private List<X509Certificate> certificates;
    private SignatureAlgorithm algorithm;
    private TsaClient tsa;
    private Clock clock = Clock.systemUTC();
    private SignatureLevel level;
    private RevocationSource revocation;

    protected SignerBuilder() {}

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** The key that signs (PKCS#12, PKCS#11 token, ...); its chain is embedded in the signatures. */
    public B key(SigningKey key) {
        this.key = key;
        return self();
    }

    /**
     * The signer's certificate chain (signer first) when the private key is elsewhere: such a signer can
     * {@code prepare} and {@code complete} but not {@code sign} in one call. Ignored when a {@link #key} is set.
     */
    public B certificates(List<X509Certificate> chain) {
        this.certificates = List.copyOf(chain);
        return self();
    }

    /** The signature algorithm; by default the key's ({@link SignatureAlgorithm#defaultFor}). */
    public B algorithm(SignatureAlgorithm algorithm) {
        this.algorithm = algorithm;
        return self();
    }

    /** The TSA of the signature time-stamp: with one the default level is B-T, without B-B. */
    public B tsa(TsaClient tsa) {
        this.tsa = tsa;
        return self();
    }

    /** The clock of the claimed signing time (both phases of two-phase signing use it at prepare). */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * B-B, B-T, B-LT or B-LTA; by default B-T with a TSA, else B-B. B-T and above need a {@link #tsa}, B-LT and
     * B-LTA a {@link #revocation} source.
     */
    public B level(SignatureLevel level) {
        this.level = level;
        return self();
    }

    /** Where B-LT / B-LTA revocation data comes from, e.g. {@code CompositeRevocationSource.ocspThenCrl()}. */
    public B revocation(RevocationSource revocation) {
        this.revocation = revocation;
        return self();
    }

    /** The settings as given, with the level resolved and checked for {@code format} (e.g. "PAdES"). */
    protected final SignerSettings settings(String format) {
        return new SignerSettings(
                format, key, key != null ? key.chain() : certificates, algorithm, tsa, clock, level, revocation);
    }

    public abstract S build();
}
