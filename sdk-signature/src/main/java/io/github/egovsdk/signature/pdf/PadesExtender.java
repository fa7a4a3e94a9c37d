package io.github.egovsdk.signature.pdf;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.internal.DssWriter;
import io.github.egovsdk.signature.internal.LtvCollector;
import io.github.egovsdk.signature.revocation.RevocationSource;
import io.github.egovsdk.signature.tsa.TsaClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * Extends the signatures of a PDF to PAdES B-LT and B-LTA (ETSI EN 319 142-1), each step an incremental revision so
 * every earlier signature stays valid:
 * <ul>
 * <li><b>B-LT</b>: a Document Security Store ({@code /DSS}: {@code /Certs}, {@code /OCSPs}, {@code /CRLs}) with the
 * chain certificates of every signature and time-stamp and their revocation data, fetched through the
 * {@link RevocationSource} (e.g. OCSP then CRL) — the signers' certificates must be GOOD;</li>
 * <li><b>B-LTA</b>: then a document time-stamp ({@code /Type /DocTimeStamp}, SubFilter {@code ETSI.RFC3161}) over the
 * whole file, DSS included. Running B-LTA again later adds the data of the last time-stamp and a new one.</li>
 * </ul>
 * Immutable and thread-safe; the output is written atomically and may be the input.
 */
public final class PadesExtender {
    private static final COSName DOC_TIME_STAMP = COSName.getPDFName("DocTimeStamp");
    private static final COSName RFC3161 = COSName.getPDFName("ETSI.RFC3161");
    private final RevocationSource revocation;
    private final TsaClient tsa;
    private final List<X509Certificate> certificates;

    private PadesExtender(Builder b) {
        this.revocation = Objects.requireNonNull(b.revocation, "revocation source is required");
        this.tsa = b.tsa;
        this.certificates = List.copyOf(b.certificates);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Extends {@code input} to {@code level} (B-LT or B-LTA) into {@code output}. */
    public void extend(Path input, Path output, SignatureLevel level) {
        if (level != SignatureLevel.B_LT && level != SignatureLevel.B_LTA) {
            throw new EgovClientException("A PDF is extended to B-LT or B-LTA, not " + level.label());
        }
        if (level == SignatureLevel.B_LTA && tsa == null) {
            throw new EgovClientException("B-LTA needs a TSA for the document time-stamp");
        }
        Path dir = output.toAbsolutePath().getParent();
        List<Path> temps = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            Path lt = temp(dir, output, temps);
            addValidationData(input, lt);
            Path result = lt;
            if (level == SignatureLevel.B_LTA) {
                result = temp(dir, output, temps);
                addDocumentTimestamp(lt, result);
            }
            Files.move(result, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EgovClientException("Cannot extend " + input + " to " + level.label() + ": " + e.getMessage(), e);
        } finally {
            for (Path t : temps) {
                try {
                    Files.deleteIfExists(t);
                } catch (IOException ignored) {
                    // hidden .part file
                }
            }
        }
    }

    private static Path temp(Path dir, Path output, List<Path> temps) throws IOException {
        Path t = Files.createTempFile(dir, "." + output.getFileName(), ".part");
        temps.add(t);
        return t;
    }

    private void addValidationData(Path input, Path output) throws IOException {
        try (PDDocument doc = Loader.loadPDF(input.toFile());
                OutputStream out = Files.newOutputStream(output)) {
            if (doc.getSignatureDictionaries().isEmpty()) {
                throw new EgovClientException("The PDF has no signature to extend");
            }
            LtvCollector.Collected data = LtvCollector.collect(doc, revocation, certificates);
            DssWriter.add(doc, data.certificates(), data.revocation());
            doc.saveIncremental(out);
        }
    }

    private void addDocumentTimestamp(Path input, Path output) throws IOException {
        try (PDDocument doc = Loader.loadPDF(input.toFile());
                OutputStream out = Files.newOutputStream(output);
                SignatureOptions so = new SignatureOptions()) {
            PDSignature sig = new PDSignature();
            sig.setType(DOC_TIME_STAMP);
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(RFC3161);
            so.setPreferredSignatureSize(16 * 1024);
            doc.addSignature(sig, this::timestamp, so);
            doc.saveIncremental(out);
        }
    }

    private byte[] timestamp(InputStream content) throws IOException {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream in = new DigestInputStream(content, sha256)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return tsa.timestamp(sha256.digest(), "SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builder of {@link PadesExtender}. */
    public static final class Builder {
        private RevocationSource revocation;
        private TsaClient tsa;
        private final List<X509Certificate> certificates = new ArrayList<>();

        private Builder() {}

        /** Where revocation data comes from (required), e.g. {@code CompositeRevocationSource.ocspThenCrl()}. */
        public Builder revocation(RevocationSource revocation) {
            this.revocation = revocation;
            return this;
        }

        /** The TSA of the document time-stamp (required for B-LTA). */
        public Builder tsa(TsaClient tsa) {
            this.tsa = tsa;
            return this;
        }

        /** Extra certificates to store and to find issuers among (e.g. the root and intermediate CAs). */
        public Builder certificates(List<X509Certificate> certificates) {
            this.certificates.addAll(certificates);
            return this;
        }

        public PadesExtender build() {
            return new PadesExtender(this);
        }
    }
}
