package io.github.egovsdk.vneid.login;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * VNeID's side of the hybrid encryption (reference §6), for tests: a fresh AES-256 key encrypts the payload (ECB, or
 * CBC with a random IV prepended), and RSA/ECB/PKCS1Padding wraps that key for the client's public key.
 */
final class VneidEncryption {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Base64 ciphertext ({@code code} / {@code data}) and base64 wrapped key ({@code encrypt_key} / {@code key}). */
    record Sealed(String data, String key) {}

    private VneidEncryption() {}

    static Sealed seal(String plain, PublicKey clientKey, boolean cbc) {
        try {
            byte[] aesKey = new byte[32];
            RANDOM.nextBytes(aesKey);
            byte[] out;
            if (cbc) {
                byte[] iv = new byte[16];
                RANDOM.nextBytes(iv);
                Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
                aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new IvParameterSpec(iv));
                byte[] body = aes.doFinal(plain.getBytes(StandardCharsets.UTF_8));
                out = new byte[16 + body.length];
                System.arraycopy(iv, 0, out, 0, 16);
                System.arraycopy(body, 0, out, 16, body.length);
            } else {
                Cipher aes = Cipher.getInstance("AES/ECB/PKCS5Padding");
                aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"));
                out = aes.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            }
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.ENCRYPT_MODE, clientKey);
            return new Sealed(
                    Base64.getEncoder().encodeToString(out), Base64.getEncoder().encodeToString(rsa.doFinal(aesKey)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sealed until the ciphertext contains a {@code +}, so a test exercises the raw-query quirk for sure. */
    static Sealed sealWithPlus(String plain, PublicKey clientKey, boolean cbc) {
        for (int i = 0; i < 200; i++) {
            Sealed s = seal(plain, clientKey, cbc);
            if (s.data().contains("+")) {
                return s;
            }
        }
        throw new IllegalStateException("no ciphertext with '+' in 200 tries");
    }

    /** A {@code {"data":…,"key":…}} response body. */
    static String envelope(String json, PublicKey clientKey, boolean cbc) {
        Sealed s = seal(json, clientKey, cbc);
        return "{\"data\":\"" + s.data() + "\",\"key\":\"" + s.key() + "\"}";
    }
}
