package io.github.egovsdk.signature.sign;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.signature.SignatureAlgorithm;
import io.github.egovsdk.signature.internal.SignatureValues;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Phase 1's result in two-phase signing (chữ ký đã chuẩn bị): the bytes the key must sign, their {@link #digest()}
 * (what a remote-signing service or a browser plugin receives), and everything phase 2 needs to rebuild exactly the
 * same signature — format, packaging, algorithm, signing time, certificate chain and format-specific values.
 *
 * <p>{@link #toBytes()} gives a compact, versioned form (UTF-8 JSON, {@code "v":1}) to keep in a session or a database
 * or to send to another machine; {@link #fromBytes} reads it back and refuses anything malformed, too large or of an
 * unknown version with a {@link ValidationException}. The state holds no secret (certificates and hashes only) but
 * binds the signature: phase 2 refuses a changed document or a value that does not verify. Immutable.
 */
public final class PreparedSignature {
    /** Version of {@link #toBytes()}; {@link #fromBytes} reads this version only. */
    public static final int VERSION = 1;
    /** Largest serialised state read (a PAdES state holds the visible appearance). */
    public static final int MAX_BYTES = 16 << 20;

    private final String format;
    private final Packaging packaging;
    private final SignatureAlgorithm algorithm;
    private final Instant signingTime;
    private final List<X509Certificate> chain;
    private final byte[] dataToSign;
    private final Map<String, String> properties;

    private PreparedSignature(
            String format,
            Packaging packaging,
            SignatureAlgorithm algorithm,
            Instant signingTime,
            List<X509Certificate> chain,
            byte[] dataToSign,
            Map<String, String> properties) {
        this.format = Objects.requireNonNull(format, "format");
        this.packaging = Objects.requireNonNull(packaging, "packaging");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.signingTime = Objects.requireNonNull(signingTime, "signingTime");
        this.chain = List.copyOf(chain);
        this.dataToSign = dataToSign.clone();
        this.properties = Map.copyOf(properties);
        if (this.chain.isEmpty()) {
            throw new EgovClientException("A prepared signature needs the signer's certificate");
        }
    }

    /** For the signers: a state of {@code format} ("PAdES", "XAdES", "CAdES") with its format-specific values. */
    public static PreparedSignature of(
            String format,
            Packaging packaging,
            SignatureAlgorithm algorithm,
            Instant signingTime,
            List<X509Certificate> chain,
            byte[] dataToSign,
            Map<String, String> properties) {
        return new PreparedSignature(format, packaging, algorithm, signingTime, chain, dataToSign, properties);
    }

    /** Reads {@link #toBytes()}'s form back; a {@link ValidationException} names every broken field. */
    public static PreparedSignature fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length > MAX_BYTES) {
            throw new ValidationException(
                    "prepared signature",
                    List.of(new Violation(
                            "$", "Size", "at most " + MAX_BYTES + " bytes / tối đa " + MAX_BYTES + " byte", null)));
        }
        PreparedCodec.Fields f = PreparedCodec.read(bytes);
        return new PreparedSignature(
                f.format(), f.packaging(), f.algorithm(), f.signingTime(), f.chain(), f.dataToSign(), f.properties());
    }

    /** The compact versioned form (UTF-8 JSON); {@link #fromBytes} reads it on any machine. */
    public byte[] toBytes() {
        return EgovJson.write(
                PreparedCodec.write(VERSION, format, packaging, algorithm, signingTime, chain, dataToSign, properties));
    }

    /** "PAdES", "XAdES" or "CAdES". */
    public String format() {
        return format;
    }

    public Packaging packaging() {
        return packaging;
    }

    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /** The claimed signing time, fixed at prepare from the signer's clock. */
    public Instant signingTime() {
        return signingTime;
    }

    /** The signer's chain, signer first. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /**
     * The exact bytes the private key signs (CMS: the DER signed attributes; XAdES: the canonical SignedInfo). Give
     * them to a key that hashes itself ({@code Signature.update}); give {@link #digest()} to one that signs a hash.
     */
    public byte[] dataToSign() {
        return dataToSign.clone();
    }

    /** The hash of {@link #dataToSign()} with the algorithm's digest (SHA-256 or SHA-384): what remote signers sign. */
    public byte[] digest() {
        try {
            return MessageDigest.getInstance(algorithm.digestAlgorithm()).digest(dataToSign);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Format-specific values the signer stored at prepare (opaque to callers). */
    public Map<String, String> properties() {
        return properties;
    }

    /**
     * Checks {@code value} against the signer's certificate over {@link #dataToSign()} and returns it in the form the
     * format embeds. ECDSA values are accepted DER-encoded (JCA, PKCS#11) or as raw {@code r||s} (WebCrypto,
     * some remote services) — both forms are seen in practice.
     *
     * @throws EgovClientException when it does not verify
     */
    public byte[] checkedValue(byte[] value) {
        return SignatureValues.checked(chain.get(0), algorithm, dataToSign, value);
    }

    /** A typed error unless this state was prepared by a signer of {@code expected} format. */
    public void requireFormat(String expected) {
        if (!format.equals(expected)) {
            throw new EgovClientException("This prepared signature is " + format + ", not " + expected
                    + " / Trạng thái ký không cùng định dạng");
        }
    }

    @Override
    public String toString() {
        return "PreparedSignature[" + format + ", " + packaging + ", " + algorithm + ", " + signingTime + "]";
    }
}
