package io.github.egovsdk.signature.sign;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.SignatureLevel;
import java.nio.file.Path;

/**
 * The one shape of the SDK's signers ({@code PadesSigner}, {@code XadesSigner}, {@code CadesSigner}), after EU DSS's
 * document signature service: sign in one call with a local key, or in two phases when the key is elsewhere (a
 * remote-signing service, a browser plugin, a token on the clerk's PC), and extend an existing signature.
 *
 * <pre>{@code
 * XadesSigner signer = XadesSigner.builder().key(key).tsa(tsa).build();
 * signer.sign(Path.of("to-khai.xml"), Path.of("to-khai-signed.xml"), SignOptions.enveloped());
 *
 * // two phases: the hash travels, the key never does
 * PreparedSignature prepared = signer.prepare(in, SignOptions.enveloped());
 * byte[] state = prepared.toBytes();                    // store it, send it to another machine
 * byte[] value = remoteKey.signHash(prepared.digest());  // SHA-256 of prepared.dataToSign()
 * otherSigner.complete(in, PreparedSignature.fromBytes(state), value, out);
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <O> the options type: {@link SignOptions} for XAdES and CAdES, {@code PadesOptions} for PAdES
 */
public interface DocumentSigner<O extends SignOptions> {

    /** The level every signature of this signer reaches (B-B, B-T, B-LT or B-LTA). */
    SignatureLevel level();

    /** Signs {@code input} into {@code output} (written atomically; it may be the input) with the builder's key. */
    void sign(Path input, Path output, O options);

    /**
     * Phase 1 of two-phase signing: fixes every signed property (signing time from the builder's clock, certificate,
     * references) and returns the bytes the key must sign, their digest, and a serialisable state. Needs the
     * certificate chain only ({@code builder().certificates(chain)}), not the private key; writes nothing.
     */
    PreparedSignature prepare(Path input, O options);

    /**
     * Phase 2: builds the signature from {@code prepared} and the external {@code signatureValue} over
     * {@link PreparedSignature#dataToSign()}, and writes it. {@code input} must be the document given to
     * {@link #prepare}; this signer may be another instance (on another machine) with the same TSA, level and
     * revocation settings. The value is checked against the certificate before anything is written.
     *
     * @throws EgovClientException when the document changed, the state is of another format, or the value does not
     *                             verify
     */
    void complete(Path input, PreparedSignature prepared, byte[] signatureValue, Path output);

    /**
     * Raises the signatures in {@code input} to {@code level} (B-LT: certificates and revocation data; B-LTA: plus an
     * archive or document time-stamp), with this signer's TSA and revocation source. Needs no key.
     */
    void extend(Path input, Path output, SignatureLevel level);
}
