package io.github.egovsdk.signature.pdf;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.SignatureAlgorithm;
import io.github.egovsdk.signature.internal.CapturedKey;
import io.github.egovsdk.signature.internal.CmsBuilder;
import io.github.egovsdk.signature.sign.Packaging;
import io.github.egovsdk.signature.sign.PreparedSignature;
import io.github.egovsdk.signature.tsa.TsaClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.cms.CMSProcessableFile;

/**
 * Two-phase PAdES. Prepare writes the incremental update with an empty {@code /Contents} to a temporary file, records
 * the signed attributes the key must sign, and keeps only the update itself (without the placeholder) in the state,
 * with the original's length and SHA-256: the state stays small, and complete (on any machine that has the original)
 * rebuilds the very same bytes, checks the value and fills the placeholder.
 */
final class PadesPreparation {
    private PadesPreparation() {}

    static PreparedSignature prepare(
            Path input,
            PadesOptions options,
            List<X509Certificate> chain,
            SignatureAlgorithm algorithm,
            long signingTimeMs,
            int contentsSize) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("egov-pades-", ".prepared.pdf");
            try (PDDocument doc = Loader.loadPDF(input.toFile());
                    OutputStream out = Files.newOutputStream(tmp);
                    SignatureOptions so = new SignatureOptions()) {
                PDSignature sig = dictionary(options, signingTimeMs);
                so.setPreferredSignatureSize(contentsSize);
                appearance(doc, so, options.visible());
                doc.addSignature(sig, so);
                ExternalSigningSupport ext = doc.saveIncrementalForExternalSigning(out);
                ext.setSignature(new byte[0]);
            }
            long originalLength = Files.size(input);
            String originalHash = sha256(input, originalLength);
            if (!originalHash.equals(sha256(tmp, originalLength))) {
                throw new EgovClientException("The incremental update does not keep the original bytes");
            }
            long[] range = byteRange(tmp);
            byte[] placeholder = read(tmp, range[1], range[2] - range[1]);
            if (!Arrays.equals(placeholder, emptyContents((int) (range[2] - range[1])))) {
                throw new EgovClientException("Unexpected /Contents placeholder in the prepared PDF");
            }
            CapturedKey recorder = CapturedKey.recorder(chain);
            CmsBuilder.sign(new RangeFile(tmp, range), false, recorder, algorithm, null, null);
            Base64.Encoder b64 = Base64.getEncoder();
            Map<String, String> props = Map.of(
                    "originalLength", Long.toString(originalLength),
                    "originalSha256", originalHash,
                    "byteRange", range[0] + " " + range[1] + " " + range[2] + " " + range[3],
                    "head", b64.encodeToString(read(tmp, originalLength, range[1] - originalLength)),
                    "tail", b64.encodeToString(read(tmp, range[2], Files.size(tmp) - range[2])));
            return PreparedSignature.of(
                    PadesSigner.FORMAT,
                    Packaging.ENVELOPED,
                    algorithm,
                    Instant.ofEpochMilli(signingTimeMs),
                    chain,
                    recorder.captured(),
                    props);
        } catch (IOException e) {
            throw new EgovClientException("Cannot prepare " + input + " for signing: " + e.getMessage(), e);
        } finally {
            delete(tmp);
        }
    }

    /** Writes the signed PDF to {@code target} (a temporary file of the signer's); the caller moves it in place. */
    static void complete(Path input, PreparedSignature p, byte[] value, TsaClient tsa, Path target) {
        Map<String, String> props = p.properties();
        try {
            long originalLength = Long.parseLong(required(props, "originalLength"));
            if (Files.size(input) != originalLength
                    || !sha256(input, originalLength).equals(required(props, "originalSha256"))) {
                throw new EgovClientException("The document changed between prepare and complete / Văn bản đã thay"
                        + " đổi giữa hai bước ký: " + input.getFileName());
            }
            long[] range = Arrays.stream(required(props, "byteRange").split(" "))
                    .mapToLong(Long::parseLong)
                    .toArray();
            int gap = Math.toIntExact(range[2] - range[1]);
            try (OutputStream out = Files.newOutputStream(target);
                    InputStream in = Files.newInputStream(input)) {
                in.transferTo(out);
                out.write(Base64.getDecoder().decode(required(props, "head")));
                out.write(emptyContents(gap));
                out.write(Base64.getDecoder().decode(required(props, "tail")));
            }
            CapturedKey replay = CapturedKey.replay(p.chain(), p.dataToSign(), value);
            byte[] cms = CmsBuilder.sign(new RangeFile(target, range), false, replay, p.algorithm(), tsa, null)
                    .getEncoded();
            String hex = HexFormat.of().formatHex(cms);
            if (hex.length() > gap - 2) {
                throw new EgovClientException("The signature (" + cms.length + " bytes) is larger than the space"
                        + " reserved at prepare (" + (gap - 2) / 2 + ")");
            }
            try (RandomAccessFile raf = new RandomAccessFile(target.toFile(), "rw")) {
                raf.seek(range[1] + 1);
                raf.write(hex.getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException | NumberFormatException | ArithmeticException | ArrayIndexOutOfBoundsException e) {
            throw new EgovClientException("Cannot complete the PAdES signature: " + e.getMessage(), e);
        }
    }

    /** The signature dictionary both PDFBox paths (one-step and two-phase) write: PAdES baseline, time in /M. */
    static PDSignature dictionary(PadesOptions options, long signingTimeMs) {
        PDSignature sig = new PDSignature();
        sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        sig.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
        sig.setName(options.name());
        sig.setReason(options.reason());
        sig.setLocation(options.location());
        Calendar cal = Calendar.getInstance();
        cal.setTimeInMillis(signingTimeMs);
        sig.setSignDate(cal);
        return sig;
    }

    static void appearance(PDDocument doc, SignatureOptions so, VisibleSignature v) throws IOException {
        if (v == null) {
            return;
        }
        if (v.page() > doc.getNumberOfPages()) {
            throw new EgovClientException("Visible signature on page " + v.page() + " but the document has "
                    + doc.getNumberOfPages() + " pages");
        }
        so.setVisualSignature(VisualTemplate.create(doc.getPage(v.page() - 1).getMediaBox(), v));
        so.setPage(v.page() - 1);
    }

    private static String required(Map<String, String> props, String name) {
        String v = props.get(name);
        if (v == null) {
            throw new EgovClientException("The prepared PAdES state lacks " + name);
        }
        return v;
    }

    private static byte[] emptyContents(int gap) {
        byte[] b = new byte[gap];
        Arrays.fill(b, (byte) '0');
        b[0] = '<';
        b[gap - 1] = '>';
        return b;
    }

    private static byte[] read(Path file, long offset, long length) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            byte[] b = new byte[Math.toIntExact(length)];
            raf.seek(offset);
            raf.readFully(b);
            return b;
        }
    }

    private static String sha256(Path file, long length) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("shorter than " + length + " bytes");
                }
                md.update(buffer, 0, n);
                left -= n;
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long[] byteRange(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDSignature> sigs = doc.getSignatureDictionaries();
            int[] br = sigs.get(sigs.size() - 1).getByteRange();
            return new long[] {br[0], br[1], br[2], br[3]};
        }
    }

    private static void delete(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a temporary file
            }
        }
    }

    /** The prepared file's signed ranges. */
    private static final class RangeFile extends CMSProcessableFile {
        private final Path file;
        private final long[] range;

        RangeFile(Path file, long[] range) {
            super(file.toFile());
            this.file = file;
            this.range = range.clone();
        }

        @Override
        public void write(OutputStream out) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                for (int i = 0; i < 4; i += 2) {
                    raf.seek(range[i]);
                    long left = range[i + 1];
                    while (left > 0) {
                        int n = raf.read(buffer, 0, (int) Math.min(buffer.length, left));
                        out.write(buffer, 0, n);
                        left -= n;
                    }
                }
            }
        }
    }
}
