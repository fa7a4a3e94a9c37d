package io.github.egovsdk.signature.cms;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.internal.CadesArchive;
import io.github.egovsdk.signature.internal.CadesLongTerm;
import io.github.egovsdk.signature.internal.CapturedKey;
import io.github.egovsdk.signature.internal.CmsBuilder;
import io.github.egovsdk.signature.internal.LevelRules;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.sign.DocumentSigner;
import io.github.egovsdk.signature.sign.Packaging;
import io.github.egovsdk.signature.sign.PreparedSignature;
import io.github.egovsdk.signature.sign.SignOptions;
import io.github.egovsdk.signature.sign.SignerBuilder;
import io.github.egovsdk.signature.sign.SignerSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.cms.CMSProcessableFile;
import org.bouncycastle.cms.CMSSignedData;

/**
 * CAdES signing, B-B, B-T, B-LT or B-LTA: {@link Packaging#DETACHED detached} ({@code .p7s}, the content stays
 * separate and is streamed for the digest) or {@link Packaging#ENVELOPING enveloping} ({@code .p7m}, the content
 * inside). B-LT adds, after the signature time-stamp, the chain certificates and OCSP/CRL data from the revocation
 * source to SignedData ({@link CadesExtender}); B-LTA then an archive-time-stamp-v3. Immutable and thread-safe.
 *
 * <pre>{@code
 * CadesSigner signer = CadesSigner.builder().key(key).tsa(tsa).build();
 * signer.sign(Path.of("hop-dong.docx"), Path.of("hop-dong.docx.p7s"), SignOptions.detached());
 * }</pre>
 */
public final class CadesSigner implements DocumentSigner<SignOptions> {
    static final String FORMAT = "CAdES";
    private final SignerSettings settings;

    private CadesSigner(Builder b) {
        this.settings = b.settings();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SignatureLevel level() {
        return settings.level();
    }

    /** Signs {@code content} into a {@code .p7s} ({@link SignOptions#detached()}) or {@code .p7m} (enveloping). */
    @Override
    public void sign(Path content, Path output, SignOptions options) {
        boolean encapsulate = encapsulate(options);
        SigningKey key = settings.key();
        CMSSignedData signed = CmsBuilder.sign(
                new CMSProcessableFile(content.toFile()),
                encapsulate,
                key,
                settings.algorithm(),
                settings.tsa().orElse(null),
                new Date(settings.clock().millis()));
        finish(signed, content, output, key.chain());
    }

    @Override
    public PreparedSignature prepare(Path content, SignOptions options) {
        boolean encapsulate = encapsulate(options);
        Instant time = Instant.ofEpochMilli(settings.clock().millis());
        CapturedKey recorder = CapturedKey.recorder(settings.chain());
        CmsBuilder.sign(
                new CMSProcessableFile(content.toFile()),
                encapsulate,
                recorder,
                settings.algorithm(),
                null,
                Date.from(time));
        return PreparedSignature.of(
                FORMAT,
                options.packaging(),
                settings.algorithm(),
                time,
                settings.chain(),
                recorder.captured(),
                Map.of());
    }

    @Override
    public void complete(Path content, PreparedSignature prepared, byte[] signatureValue, Path output) {
        prepared.requireFormat(FORMAT);
        byte[] value = prepared.checkedValue(signatureValue);
        List<X509Certificate> chain = prepared.chain();
        CapturedKey replay = CapturedKey.replay(chain, prepared.dataToSign(), value);
        CMSSignedData signed = CmsBuilder.sign(
                new CMSProcessableFile(content.toFile()),
                encapsulate(SignOptions.of(prepared.packaging())),
                replay,
                prepared.algorithm(),
                settings.tsa().orElse(null),
                Date.from(prepared.signingTime()));
        finish(signed, content, output, chain);
    }

    /**
     * Extends a {@code .p7s} or {@code .p7m}; the content of a detached {@code name.p7s} is taken from {@code name}
     * beside it when present (B-LTA's archive time-stamp covers it).
     */
    @Override
    public void extend(Path input, Path output, SignatureLevel level) {
        Path content = null;
        String name = input.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".p7s")) {
            Path sibling = input.resolveSibling(name.substring(0, name.length() - 4));
            content = Files.isRegularFile(sibling) ? sibling : null;
        }
        extender(settings.chainOrEmpty()).extend(input, output, level, content);
    }

    private CadesExtender extender(List<X509Certificate> chain) {
        return CadesExtender.builder()
                .revocation(settings.revocation()
                        .orElseThrow(() -> new EgovClientException("Extending needs a revocation source (OCSP / CRL)")))
                .tsa(settings.tsa().orElse(null))
                .certificates(chain)
                .build();
    }

    private void finish(CMSSignedData signed, Path content, Path output, List<X509Certificate> chain) {
        SignatureLevel level = settings.level();
        if (LevelRules.isLongTerm(level)) {
            signed = CadesLongTerm.add(signed, settings.revocation().orElseThrow(), chain);
        }
        if (level == SignatureLevel.B_LTA) {
            signed = CadesArchive.add(signed, settings.tsa().orElseThrow(), content);
        }
        try {
            CadesExtender.write(signed.getEncoded(), output);
        } catch (IOException e) {
            throw new EgovClientException("Cannot sign " + content + ": " + e.getMessage(), e);
        }
    }

    private static boolean encapsulate(SignOptions options) {
        return switch (options.packaging()) {
            case DETACHED -> false;
            case ENVELOPING -> true;
            case ENVELOPED ->
                throw new EgovClientException("A CAdES signature is detached (.p7s) or enveloping"
                        + " (.p7m), not enveloped / CAdES chỉ ký tách rời hoặc đóng gói");
        };
    }

    /** Builder of {@link CadesSigner}: the shared {@link SignerBuilder} vocabulary. */
    public static final class Builder extends SignerBuilder<Builder, CadesSigner> {
        private Builder() {}

        SignerSettings settings() {
            return settings(FORMAT);
        }

        @Override
        public CadesSigner build() {
            return new CadesSigner(this);
        }
    }
}
