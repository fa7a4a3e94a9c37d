package io.github.egovsdk.core.config;

import java.security.KeyStore;
import java.util.List;
import java.util.Objects;

/**
 * TLS settings: protocols (TLS 1.2 and 1.3 only), an optional custom trust store (e.g. with the Vietnamese
 * government root), and an optional client certificate for mutual TLS.
 *
 * @param protocols        enabled protocols; never below TLSv1.2
 * @param trustStore       trusted roots; {@code null} = the JVM's default trust store
 * @param keyStore         client key and certificate for mTLS; {@code null} = none
 * @param keyPassword      password of the client key (never printed)
 */
public record TlsConfig(List<String> protocols, KeyStore trustStore, KeyStore keyStore, char[] keyPassword) {
    public static final TlsConfig DEFAULT = new TlsConfig(List.of("TLSv1.3", "TLSv1.2"), null, null, null);

    public TlsConfig {
        protocols = List.copyOf(Objects.requireNonNull(protocols, "protocols"));
        for (String p : protocols) {
            if (!p.equals("TLSv1.2") && !p.equals("TLSv1.3")) {
                throw new IllegalArgumentException("Only TLSv1.2 and TLSv1.3 are allowed, not " + p);
            }
        }
        keyPassword = keyPassword == null ? null : keyPassword.clone();
    }

    public TlsConfig withTrustStore(KeyStore trustStore) {
        return new TlsConfig(protocols, trustStore, keyStore, keyPassword);
    }

    public TlsConfig withClientCertificate(KeyStore keyStore, char[] keyPassword) {
        return new TlsConfig(protocols, trustStore, keyStore, keyPassword);
    }

    @Override
    public char[] keyPassword() {
        return keyPassword == null ? null : keyPassword.clone();
    }

    @Override
    public String toString() {
        return "TlsConfig[protocols=" + protocols + ", customTrust=" + (trustStore != null) + ", mTLS="
                + (keyStore != null) + "]";
    }
}
