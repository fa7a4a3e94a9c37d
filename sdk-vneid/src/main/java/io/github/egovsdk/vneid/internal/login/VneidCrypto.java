package io.github.egovsdk.vneid.internal.login;

import io.github.egovsdk.vneid.login.LoginRejectedException;
import io.github.egovsdk.vneid.login.LoginRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * VNeID's hybrid encryption (reference §6): an AES key, RSA/ECB/PKCS1-encrypted for the client's public key, and a
 * payload AES-encrypted with it — ECB (the default, "per VNeID sample code") or CBC with the IV in the first 16
 * bytes. Failures say nothing about the data.
 */
public final class VneidCrypto {
    /** AES mode of VNeID payloads. */
    public enum AesMode {
        ECB,
        CBC
    }

    private VneidCrypto() {}

    public static String decrypt(String base64Data, String base64Key, PrivateKey key, AesMode mode) {
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.DECRYPT_MODE, key);
            byte[] aesKey = rsa.doFinal(Base64.getMimeDecoder().decode(base64Key));
            if (aesKey.length != 16 && aesKey.length != 24 && aesKey.length != 32) {
                aesKey = Base64.getMimeDecoder().decode(new String(aesKey, StandardCharsets.US_ASCII));
            }
            byte[] data = Base64.getMimeDecoder().decode(base64Data);
            Cipher aes;
            if (mode == AesMode.CBC) {
                if (data.length < 32) {
                    throw new GeneralSecurityException("too short for IV + block");
                }
                aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
                aes.init(
                        Cipher.DECRYPT_MODE,
                        new SecretKeySpec(aesKey, "AES"),
                        new IvParameterSpec(Arrays.copyOf(data, 16)));
                data = Arrays.copyOfRange(data, 16, data.length);
            } else {
                aes = Cipher.getInstance("AES/ECB/PKCS5Padding");
                aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"));
            }
            return new String(aes.doFinal(data), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new LoginRejectedException(
                    Reason.DECRYPTION_FAILED,
                    "A VNeID encrypted value cannot be decrypted" + " with the configured key (" + mode + ")",
                    "không giải mã được dữ liệu VNeID bằng khóa đã cấu" + " hình",
                    e);
        }
    }
}
