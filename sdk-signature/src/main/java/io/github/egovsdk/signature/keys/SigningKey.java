package io.github.egovsdk.signature.keys;

import io.github.egovsdk.signature.SignatureAlgorithm;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * SPI: a key that signs, wherever it lives (PKCS#12 file, USB token, remote service). Implementations sign the
 * bytes given with the algorithm given and never expose the private key.
 */
public interface SigningKey {

    /** The signer's certificate. */
    X509Certificate certificate();

    /** The chain from the signer's certificate up (signer first), as embedded in signatures. */
    List<X509Certificate> chain();

    /** Signs {@code data} (the DER of the signed attributes, for CMS). */
    byte[] sign(byte[] data, SignatureAlgorithm algorithm);

    /** The algorithm used when none is chosen. */
    default SignatureAlgorithm defaultAlgorithm() {
        return SignatureAlgorithm.defaultFor(certificate().getPublicKey());
    }
}
