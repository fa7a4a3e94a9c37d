package io.github.egovsdk.signature.keys;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.observation.EgovObservations;
import io.github.egovsdk.core.observation.ObservationContext;
import io.github.egovsdk.signature.SignatureAlgorithm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Factories of {@link SigningKey}: an in-memory private key, a PKCS#12 file.
 *
 * <p>Example:
 * <pre>{@code
 * SigningKey fromFile = SigningKeys.fromPkcs12(Path.of("agency.p12"), password, null);   // null: the only key
 * SigningKey fromToken = SigningKeys.fromPkcs11(Path.of("/usr/lib/libeToken.so"), 0, label -> pin, null);  // USB token
 * }</pre>
 */
public final class SigningKeys {
    private SigningKeys() {}

    /** A key held in memory with its certificate chain (signer first). */
    public static SigningKey of(PrivateKey key, List<X509Certificate> chain) {
        return of(key, chain, null);
    }

    /**
     * A key used through a specific JCA provider (e.g. a configured SunPKCS11 for a USB token); {@code provider}
     * null = the default providers.
     */
    public static SigningKey of(PrivateKey key, List<X509Certificate> chain, Provider provider) {
        if (chain.isEmpty()) {
            throw new EgovClientException("The signing certificate is required");
        }
        SignatureAlgorithm.checkKey(chain.get(0).getPublicKey());
        List<X509Certificate> copy = List.copyOf(chain);
        ObservationContext observed = ObservationContext.of(
                ObservationContext.SIGN, "SigningKey", provider == null ? "jca" : provider.getName());
        return new SigningKey() {
            @Override
            public X509Certificate certificate() {
                return copy.get(0);
            }

            @Override
            public List<X509Certificate> chain() {
                return copy;
            }

            @Override
            public byte[] sign(byte[] data, SignatureAlgorithm algorithm) {
                return EgovObservations.observe(observed, () -> signNow(data, algorithm));
            }

            private byte[] signNow(byte[] data, SignatureAlgorithm algorithm) {
                try {
                    Signature s;
                    if (algorithm == SignatureAlgorithm.RSA_PSS_SHA256) {
                        s = provider == null
                                ? Signature.getInstance("RSASSA-PSS")
                                : Signature.getInstance("RSASSA-PSS", provider);
                        s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
                    } else {
                        s = provider == null
                                ? Signature.getInstance(algorithm.jcaName())
                                : Signature.getInstance(algorithm.jcaName(), provider);
                    }
                    s.initSign(key);
                    s.update(data);
                    return s.sign();
                } catch (GeneralSecurityException e) {
                    throw new EgovClientException("Signing with " + algorithm + " failed: " + e.getMessage(), e);
                }
            }

            @Override
            public String toString() {
                return "SigningKey[" + copy.get(0).getSubjectX500Principal().getName() + "]";
            }
        };
    }

    /** Asks for a token's PIN when it is needed (e.g. a dialog in a desktop application); never stored. */
    @FunctionalInterface
    public interface PinCallback {
        char[] pin(String tokenLabel);
    }

    /**
     * A key on a PKCS#11 token (USB token, HSM) through the JDK's SunPKCS11 provider.
     *
     * @param library       the token's PKCS#11 library, e.g. {@code /usr/lib/softhsm/libsofthsm2.so}
     * @param slotListIndex which slot (0 for the first token)
     * @param pin           asked once, when the token is opened
     * @param alias         the key's alias, or null for the first key
     */
    public static SigningKey fromPkcs11(Path library, int slotListIndex, PinCallback pin, String alias) {
        String config = "--name=egov-" + slotListIndex + "\nlibrary=" + library.toAbsolutePath() + "\nslotListIndex="
                + slotListIndex + "\n";
        Provider provider;
        try {
            provider = Security.getProvider("SunPKCS11").configure(config);
        } catch (RuntimeException e) {
            throw new EgovClientException("Cannot load the PKCS#11 library " + library + ": " + e.getMessage(), e);
        }
        char[] p = pin.pin(library.getFileName() + " slot " + slotListIndex);
        try {
            KeyStore ks = KeyStore.getInstance("PKCS11", provider);
            ks.load(null, p);
            String a = alias;
            if (a == null) {
                for (String candidate : Collections.list(ks.aliases())) {
                    if (ks.isKeyEntry(candidate)) {
                        a = candidate;
                        break;
                    }
                }
            }
            if (a == null || !ks.isKeyEntry(a)) {
                throw new EgovClientException(
                        "No private key " + (alias == null ? "" : "'" + alias + "' ") + "on the token");
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : ks.getCertificateChain(a)) {
                chain.add((X509Certificate) c);
            }
            return of((PrivateKey) ks.getKey(a, null), chain, provider);
        } catch (IOException e) {
            throw new EgovClientException("Cannot open the token (wrong PIN?): " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new EgovClientException("Cannot read the key on the token: " + e.getMessage(), e);
        } finally {
            Arrays.fill(p, '\0');
        }
    }

    /**
     * A PKCS#12 (.p12/.pfx) key store. {@code alias} may be null to take the first key entry. The password is used
     * and not kept.
     */
    public static SigningKey fromPkcs12(Path file, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            String a = alias;
            if (a == null) {
                for (String candidate : Collections.list(ks.aliases())) {
                    if (ks.isKeyEntry(candidate)) {
                        a = candidate;
                        break;
                    }
                }
            }
            if (a == null || !ks.isKeyEntry(a)) {
                throw new EgovClientException(
                        "No private key " + (alias == null ? "" : "'" + alias + "' ") + "in " + file);
            }
            PrivateKey key = (PrivateKey) ks.getKey(a, password);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : ks.getCertificateChain(a)) {
                chain.add((X509Certificate) c);
            }
            return of(key, chain);
        } catch (IOException e) {
            throw new EgovClientException(
                    "Cannot open the PKCS#12 file " + file + " (wrong password?): " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new EgovClientException("Cannot read the key in " + file + ": " + e.getMessage(), e);
        }
    }
}
