package io.github.egovsdk.spring.boot.autoconfigure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The signature validator bean: trust anchors from certificate files and/or a key store. */
public class ValidatorProperties {
    /** Root certificate files (PEM or DER) trusted as anchors. */
    private List<Path> trustAnchors = new ArrayList<>();
    /** A key store whose certificate entries are trust anchors. */
    private Path trustStore;
    /** Password of the trust store, if any. */
    private String trustStorePassword;
    /** Type of the trust store: PKCS12 (default) or JKS. */
    private String trustStoreType = "PKCS12";
    /** Never use the network: revocation only from data embedded in the document. */
    private boolean offline;

    public List<Path> getTrustAnchors() {
        return trustAnchors;
    }

    public void setTrustAnchors(List<Path> trustAnchors) {
        this.trustAnchors = trustAnchors;
    }

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

    public boolean isOffline() {
        return offline;
    }

    public void setOffline(boolean offline) {
        this.offline = offline;
    }
}
