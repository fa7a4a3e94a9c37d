package io.github.egovsdk.spring.boot.autoconfigure;

import io.github.egovsdk.core.config.TlsConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;

/** Turns a service's {@code tls.*} properties into the SDK's {@link TlsConfig}, naming the property that is wrong. */
final class TlsSettings {
    private TlsSettings() {}

    /** The service's TLS configuration; {@link TlsConfig#DEFAULT} when nothing is set. */
    static TlsConfig of(TlsProperties p, String prefix) {
        TlsConfig tls = p.getProtocols().isEmpty()
                ? TlsConfig.DEFAULT
                : new TlsConfig(List.copyOf(p.getProtocols()), null, null, null);
        if (p.getTrustStore() != null) {
            tls = tls.withTrustStore(load(
                    p.getTrustStore(), p.getTrustStoreType(), p.getTrustStorePassword(), prefix + ".tls.trust-store"));
        }
        if (p.getKeyStore() != null) {
            String keyPassword = p.getKeyPassword() != null ? p.getKeyPassword() : p.getKeyStorePassword();
            tls = tls.withClientCertificate(
                    load(p.getKeyStore(), p.getKeyStoreType(), p.getKeyStorePassword(), prefix + ".tls.key-store"),
                    keyPassword == null ? new char[0] : keyPassword.toCharArray());
        }
        return tls;
    }

    private static KeyStore load(Path file, String type, String password, String property) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance(type);
            ks.load(in, password == null ? null : password.toCharArray());
            return ks;
        } catch (IOException | GeneralSecurityException e) {
            throw Required.invalid(
                    property,
                    file,
                    "cannot read the key store (wrong path, type or password?) /" + " không đọc được kho khóa: "
                            + e.getMessage());
        }
    }
}
