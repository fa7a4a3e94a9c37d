package io.github.egovsdk.signature.pdf;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.SignatureAlgorithm;
import io.github.egovsdk.signature.internal.CmsBuilder;
import io.github.egovsdk.signature.keys.SigningKey;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.cms.CMSProcessableFile;

/**
 * Two-phase PAdES signing for keys on another machine (browser plugin, token on the clerk's PC, remote service):
 * {@link #prepare} writes the PDF with an empty signature and returns the SHA-256 digest the key must sign plus a
 * serialisable {@link State}; {@link #complete} takes the state and the signature value and writes the signed PDF.
 * The signed attributes are fixed at prepare time, so the value signed is exactly the one the digest stands for.
 */
public final class TwoPhasePadesSigner {
    private static final int CONTENTS_SIZE = 16 * 1024;

    private TwoPhasePadesSigner() {
    }

    /**
     * What phase 2 needs. Serializable, so it can wait in a session or a database while the user approves.
     *
     * @param prepared       path of the PDF with the empty signature
     * @param byteRange      its ByteRange
     * @param chain          DER certificates, signer first
     * @param algorithm      the signature algorithm
     * @param signingTimeMs  the signing time fixed at prepare
     * @param dataToSign     the DER signed attributes (the key signs these bytes; {@link Prepared#digest} is their hash)
     */
    public record State(String prepared, long[] byteRange, List<byte[]> chain, SignatureAlgorithm algorithm,
            long signingTimeMs, byte[] dataToSign) implements Serializable {
    }

    /** The prepared document: the digest to have signed, and the state. */
    public record Prepared(byte[] digest, State state) {
    }

    public static Prepared prepare(Path input, Path preparedOutput, List<X509Certificate> chain,
            SignatureAlgorithm algorithm, PadesOptions options) {
        try {
            long now = System.currentTimeMillis();
            try (PDDocument doc = Loader.loadPDF(input.toFile()); OutputStream out = Files.newOutputStream(preparedOutput);
                    SignatureOptions so = new SignatureOptions()) {
                PDSignature sig = new PDSignature();
                sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
                sig.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
                sig.setName(options.name());
                sig.setReason(options.reason());
                sig.setLocation(options.location());
                Calendar cal = Calendar.getInstance();
                cal.setTimeInMillis(now);
                sig.setSignDate(cal);
                so.setPreferredSignatureSize(CONTENTS_SIZE);
                doc.addSignature(sig, so);
                ExternalSigningSupport ext = doc.saveIncrementalForExternalSigning(out);
                ext.setSignature(new byte[0]);
            }
            long[] range = byteRange(preparedOutput);
            Capture capture = new Capture(chain);
            CmsBuilder.sign(new RangeFile(preparedOutput, range), false, capture, algorithm, null, null);
            byte[] digest = MessageDigest.getInstance(algorithm.digestAlgorithm()).digest(capture.data);
            return new Prepared(digest, new State(preparedOutput.toString(), range, chain.stream().map(TwoPhasePadesSigner::der)
                    .toList(), algorithm, now, capture.data));
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new EgovClientException("Cannot prepare " + input + " for signing: " + e.getMessage(), e);
        }
    }

    /** Builds the CMS with the external signature value and writes it into the prepared PDF's placeholder. */
    public static Path complete(State state, byte[] signatureValue, Path output) {
        try {
            List<X509Certificate> chain = state.chain().stream().map(TwoPhasePadesSigner::cert).toList();
            SigningKey replay = new Replay(chain, state.dataToSign(), signatureValue);
            byte[] cms = CmsBuilder.sign(new RangeFile(Path.of(state.prepared()), state.byteRange()), false, replay,
                    state.algorithm(), null, null).getEncoded();
            String hex = HexFormat.of().formatHex(cms);
            long gap = state.byteRange()[2] - state.byteRange()[1] - 2;
            if (hex.length() > gap) {
                throw new EgovClientException("The signature is larger than the reserved space");
            }
            if (!output.equals(Path.of(state.prepared()))) {
                Files.copy(Path.of(state.prepared()), output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try (RandomAccessFile raf = new RandomAccessFile(output.toFile(), "rw")) {
                raf.seek(state.byteRange()[1] + 1);
                raf.write(hex.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            return output;
        } catch (IOException e) {
            throw new EgovClientException("Cannot complete the signature: " + e.getMessage(), e);
        }
    }

    private static long[] byteRange(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDSignature> sigs = doc.getSignatureDictionaries();
            int[] br = sigs.get(sigs.size() - 1).getByteRange();
            return new long[] {br[0], br[1], br[2], br[3]};
        }
    }

    private static byte[] der(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate cert(byte[] der) {
        try {
            return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(der));
        } catch (java.security.cert.CertificateException e) {
            throw new EgovClientException("Invalid certificate in the signing state", e);
        }
    }

    /** Captures the bytes to sign during prepare (the signature produced then is discarded). */
    private static final class Capture implements SigningKey {
        private final List<X509Certificate> chain;
        private byte[] data;

        Capture(List<X509Certificate> chain) {
            this.chain = chain;
        }

        @Override
        public X509Certificate certificate() {
            return chain.get(0);
        }

        @Override
        public List<X509Certificate> chain() {
            return chain;
        }

        @Override
        public byte[] sign(byte[] bytes, SignatureAlgorithm algorithm) {
            this.data = bytes.clone();
            return new byte[0];
        }
    }

    /** Returns the external value, after checking the bytes are exactly those prepared. */
    private record Replay(List<X509Certificate> chain, byte[] expected, byte[] value) implements SigningKey {
        @Override
        public X509Certificate certificate() {
            return chain.get(0);
        }

        @Override
        public byte[] sign(byte[] bytes, SignatureAlgorithm algorithm) {
            if (!MessageDigest.isEqual(bytes, expected)) {
                throw new EgovClientException("The document changed between prepare and complete");
            }
            return value.clone();
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
