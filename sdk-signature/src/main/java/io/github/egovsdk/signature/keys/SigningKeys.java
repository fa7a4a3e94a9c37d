package io.github.egovsdk.signature.keys;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.SignatureAlgorithm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Factories of {@link SigningKey}: an in-memory private key, a PKCS#12 file. */
public final class SigningKeys {
    private SigningKeys() {
    }

    /** A key held in memory with its certificate chain (signer first). */
    public static SigningKey of(PrivateKey key, List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new EgovClientException("The signing certificate is required");
        }
        SignatureAlgorithm.checkKey(chain.get(0).getPublicKey());
        List<X509Certificate> copy = List.copyOf(chain);
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
                try {
                    Signature s;
                    if (algorithm == SignatureAlgorithm.RSA_PSS_SHA256) {
                        s = Signature.getInstance("RSASSA-PSS");
                        s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
                    } else {
                        s = Signature.getInstance(algorithm.jcaName());
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
                throw new EgovClientException("No private key " + (alias == null ? "" : "'" + alias + "' ") + "in " + file);
            }
            PrivateKey key = (PrivateKey) ks.getKey(a, password);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : ks.getCertificateChain(a)) {
                chain.add((X509Certificate) c);
            }
            return of(key, chain);
        } catch (IOException e) {
            throw new EgovClientException("Cannot open the PKCS#12 file " + file + " (wrong password?): "
                    + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new EgovClientException("Cannot read the key in " + file + ": " + e.getMessage(), e);
        }
    }
}
