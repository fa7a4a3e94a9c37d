package io.github.egovsdk.signature.pdf;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.SignatureAlgorithm;
import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.internal.CmsBuilder;
import io.github.egovsdk.signature.internal.LevelRules;
import io.github.egovsdk.signature.internal.pdf.StreamingPadesWriter;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.sign.DocumentSigner;
import io.github.egovsdk.signature.sign.PreparedSignature;
import io.github.egovsdk.signature.sign.SignerBuilder;
import io.github.egovsdk.signature.sign.SignerSettings;
import io.github.egovsdk.signature.tsa.TsaClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSTypedData;

/**
 * PAdES signing (PDFBox 3 + BouncyCastle): SubFilter {@code ETSI.CAdES.detached}, level B-B, B-T with a TSA, and
 * B-LT / B-LTA with a TSA and a revocation source.
 * Saves incrementally, so earlier signatures stay valid (signer, then agency seal, then copy stamp). An invisible
 * signature is appended without loading the document: the original bytes are copied as they are, the signature
 * revision (signature dictionary, field and widget on page 1, AcroForm, cross-reference of the document's kind) is
 * appended, and the signed ranges are digested as they stream back from the output. Visible signatures, encrypted
 * documents and documents with a damaged cross-reference are signed through PDFBox instead, which loads the document
 * (and reconstructs a damaged cross-reference). The output is written atomically.
 * In two phases ({@link #prepare} / {@link #complete}) the key signs the CMS signed attributes elsewhere.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * PadesSigner signer = PadesSigner.builder().key(key).tsa(tsa).build();
 * signer.sign(Path.of("cong-van.pdf"), Path.of("cong-van-signed.pdf"),
 *         new PadesOptions("Trần Thị Bình", "Ký ban hành văn bản", "Bắc Ninh", null));
 * }</pre>
 */
public final class PadesSigner implements DocumentSigner<PadesOptions> {
    static final String FORMAT = "PAdES";
    private final SignerSettings settings;
    private final SigningKey key;
    private final SignatureAlgorithm algorithm;
    private final TsaClient tsa;
    private final Clock clock;
    private final SignatureLevel level;
    private final PadesExtender extender;

    private PadesSigner(Builder b) {
        this.settings = b.settings();
        this.key = settings.optionalKey().orElse(null);
        this.algorithm =
                settings.optionalKey().isPresent() || !settings.chainOrEmpty().isEmpty() ? settings.algorithm() : null;
        this.tsa = settings.tsa().orElse(null);
        this.clock = settings.clock();
        this.level = settings.level();
        this.extender = LevelRules.isLongTerm(level) ? extender(settings.chainOrEmpty()) : null;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SignatureLevel level() {
        return level;
    }

    @Override
    public PreparedSignature prepare(Path input, PadesOptions options) {
        return PadesPreparation.prepare(
                input, options, settings.chain(), settings.algorithm(), clock.millis(), contentsSize());
    }

    @Override
    public void complete(Path input, PreparedSignature prepared, byte[] signatureValue, Path output) {
        prepared.requireFormat(FORMAT);
        byte[] value = prepared.checkedValue(signatureValue);
        Path tmp = null;
        try {
            Path dir = output.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + output.getFileName(), ".part");
            PadesPreparation.complete(input, prepared, value, tsa, tmp);
            if (LevelRules.isLongTerm(level)) {
                extender(prepared.chain()).extend(tmp, tmp, level);
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EgovClientException("Cannot complete " + input + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Adds a DSS (B-LT) and, for B-LTA, a document time-stamp to {@code input}, each an incremental revision. */
    @Override
    public void extend(Path input, Path output, SignatureLevel level) {
        extender(settings.chainOrEmpty()).extend(input, output, level);
    }

    private PadesExtender extender(List<X509Certificate> chain) {
        return PadesExtender.builder()
                .revocation(settings.revocation()
                        .orElseThrow(() -> new EgovClientException("Extending needs a revocation source (OCSP / CRL)")))
                .tsa(tsa)
                .certificates(chain)
                .build();
    }

    private int contentsSize() {
        return tsa == null ? 16 * 1024 : 32 * 1024;
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // hidden .part file
            }
        }
    }

    /** Signs {@code input} into {@code output} (which may be the same file). */
    @Override
    public void sign(Path input, Path output, PadesOptions options) {
        settings.key();
        Path tmp = null;
        try {
            Path dir = output.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + output.getFileName(), ".part");
            int reserved = tsa == null ? 16 * 1024 : 32 * 1024;
            // Invisible signatures stream the original bytes and append a revision; the rest goes through PDFBox.
            boolean streamed = options.visible() == null
                    && StreamingPadesWriter.trySign(
                            input,
                            tmp,
                            new StreamingPadesWriter.Fields(
                                    options.name(), options.reason(), options.location(), clock.millis(), reserved),
                            content -> CmsBuilder.sign(content, false, key, algorithm, tsa, null)
                                    .getEncoded());
            if (!streamed) {
                signWithPdfbox(input, tmp, options);
            }
            if (extender != null) {
                extender.extend(tmp, tmp, level);
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EgovClientException("Cannot sign " + input + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // hidden .part file
                }
            }
        }
    }

    /**
     * The PDFBox path: visible signatures, and documents the streaming writer leaves to PDFBox (encrypted, damaged
     * cross-reference that PDFBox reconstructs, unsupported stream filters).
     */
    private void signWithPdfbox(Path input, Path tmp, PadesOptions options) throws IOException {
        try (PDDocument doc = Loader.loadPDF(input.toFile());
                OutputStream out = Files.newOutputStream(tmp);
                SignatureOptions so = new SignatureOptions()) {
            PDSignature sig = PadesPreparation.dictionary(options, clock.millis());
            so.setPreferredSignatureSize(tsa == null ? 16 * 1024 : 32 * 1024);
            PadesPreparation.appearance(doc, so, options.visible());
            // PAdES baseline: the claimed time is /M above, never a CMS signing-time (EN 319 142-1 §6.3).
            doc.addSignature(
                    sig,
                    content -> CmsBuilder.sign(new StreamedContent(content), false, key, algorithm, tsa, null)
                            .getEncoded(),
                    so);
            doc.saveIncremental(out);
        }
    }

    /** The byte ranges as PDFBox streams them: digested in one pass, never buffered. */
    private static final class StreamedContent implements CMSTypedData {
        private final InputStream in;

        StreamedContent(InputStream in) {
            this.in = in;
        }

        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            in.transferTo(out);
        }

        @Override
        public Object getContent() {
            return in;
        }
    }

    /**
     * Builder of {@link PadesSigner}: the shared {@link SignerBuilder} vocabulary. B-LT and B-LTA also need a
     * revocation source: after the B-T signature, a DSS revision and (B-LTA) a document time-stamp revision are added
     * ({@link PadesExtender}).
     */
    public static final class Builder extends SignerBuilder<Builder, PadesSigner> {
        private Builder() {}

        SignerSettings settings() {
            return settings(FORMAT);
        }

        @Override
        public PadesSigner build() {
            return new PadesSigner(this);
        }
    }
}
