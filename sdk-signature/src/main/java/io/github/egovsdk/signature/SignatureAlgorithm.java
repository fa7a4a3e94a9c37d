package io.github.egovsdk.signature;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;

/**
 * Algorithms the SDK signs with. RSA PKCS#1 v1.5 with SHA-256 is the default (what Vietnamese CAs issue); RSASSA-PSS
 * is available (Circular 15/2025 asks for it); ECDSA on P-256/P-384. SHA-1, MD5 and RSA keys under 2048 bits are
 * refused with {@link WeakAlgorithmException}.
 */
public enum SignatureAlgorithm {
    RSA_SHA256("SHA256withRSA", "SHA-256"),
    RSA_PSS_SHA256("SHA256withRSAandMGF1", "SHA-256"),
    ECDSA_SHA256("SHA256withECDSA", "SHA-256"),
    ECDSA_SHA384("SHA384withECDSA", "SHA-384");

    private final String jcaName;
    private final String digest;

    SignatureAlgorithm(String jcaName, String digest) {
        this.jcaName = jcaName;
        this.digest = digest;
    }

    /** The name for BouncyCastle's content signer / JCA. */
    public String jcaName() {
        return jcaName;
    }

    public String digestAlgorithm() {
        return digest;
    }

    /** The default for a key: RSA → RSA_SHA256, EC P-384 → ECDSA_SHA384, other EC → ECDSA_SHA256. */
    public static SignatureAlgorithm defaultFor(PublicKey key) {
        checkKey(key);
        if (key instanceof ECPublicKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize() >= 384 ? ECDSA_SHA384 : ECDSA_SHA256;
        }
        return RSA_SHA256;
    }

    /** Refuses keys too weak to sign with. */
    public static void checkKey(PublicKey key) {
        if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < 2048) {
            throw new WeakAlgorithmException("RSA key of " + rsa.getModulus().bitLength() + " bits: at least 2048 are"
                    + " required / Khóa RSA phải từ 2048 bit");
        }
    }
}
