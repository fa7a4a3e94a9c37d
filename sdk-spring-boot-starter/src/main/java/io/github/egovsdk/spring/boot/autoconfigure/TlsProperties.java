package io.github.egovsdk.spring.boot.autoconfigure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * TLS of one service: the CAs trusted for its server certificate (default the JVM's) and, for mutual TLS, the
 * client certificate and key presented to it.
 */
public class TlsProperties {
    /** Key store of the CA certificates trusted for this service (PKCS12 or JKS); unset = the JVM's. */
    private Path trustStore;
    /** Password of the trust store (never logged). */
    private String trustStorePassword;
    /** Type of the trust store. */
    private String trustStoreType = "PKCS12";
    /** Key store with the client certificate and key for mutual TLS (PKCS12 or JKS). */
    private Path keyStore;
    /** Password of the client key store (never logged). */
    private String keyStorePassword;
    /** Password of the key entry; unset = the key store's password. */
    private String keyPassword;
    /** Type of the client key store. */
    private String keyStoreType = "PKCS12";
    /** TLS protocols offered; empty = TLSv1.3 and TLSv1.2. */
    private List<String> protocols = new ArrayList<>();

    public Path getTrustStore() {
        return trustStore;
    }

    public void setTrustStore(Path trustStore) {
        this.trustStore = trustStore;
    }

    public String getTrustStorePassword() {
        return trustStorePassword;
    }

    public void setTrustStorePassword(String trustStorePassword) {
        this.trustStorePassword = trustStorePassword;
    }

    public String getTrustStoreType() {
        return trustStoreType;
    }

    public void setTrustStoreType(String trustStoreType) {
        this.trustStoreType = trustStoreType;
    }

    public Path getKeyStore() {
        return keyStore;
    }

    public void setKeyStore(Path keyStore) {
        this.keyStore = keyStore;
    }

    public String getKeyStorePassword() {
        return keyStorePassword;
    }

    public void setKeyStorePassword(String keyStorePassword) {
        this.keyStorePassword = keyStorePassword;
    }

    public String getKeyPassword() {
        return keyPassword;
    }

    public void setKeyPassword(String keyPassword) {
        this.keyPassword = keyPassword;
    }

    public String getKeyStoreType() {
        return keyStoreType;
    }

    public void setKeyStoreType(String keyStoreType) {
        this.keyStoreType = keyStoreType;
    }

    public List<String> getProtocols() {
        return protocols;
    }

    public void setProtocols(List<String> protocols) {
        this.protocols = protocols;
    }
}
