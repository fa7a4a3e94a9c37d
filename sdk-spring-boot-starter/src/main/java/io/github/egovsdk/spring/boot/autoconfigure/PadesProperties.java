package io.github.egovsdk.spring.boot.autoconfigure;

import org.springframework.boot.context.properties.NestedConfigurationProperty;

/** The PAdES signer bean, with a PKCS#12 key file or a key on a PKCS#11 token. */
public class PadesProperties {
    /** The PKCS#12 file holding the signing key and its chain. */
    private java.nio.file.Path keyStore;
    /** Password of the PKCS#12 file (never logged). */
    private String keyStorePassword;
    /** Alias of the key entry; unset = the only key entry. */
    private String alias;
    /** PAdES level: B_B, B_T, B_LT or B_LTA; default the signer's. */
    private io.github.egovsdk.signature.SignatureLevel level;
    /** RFC 3161 time-stamping authority, needed from B-T on. */
    private java.net.URI tsaUrl;
    /** A key on a PKCS#11 token instead of a PKCS#12 file. */
    @NestedConfigurationProperty
    private final Pkcs11Properties pkcs11 = new Pkcs11Properties();

    public Pkcs11Properties getPkcs11() {
        return pkcs11;
    }

    public java.nio.file.Path getKeyStore() {
        return keyStore;
    }

    public void setKeyStore(java.nio.file.Path keyStore) {
        this.keyStore = keyStore;
    }

    public String getKeyStorePassword() {
        return keyStorePassword;
    }

    public void setKeyStorePassword(String keyStorePassword) {
        this.keyStorePassword = keyStorePassword;
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }

    public io.github.egovsdk.signature.SignatureLevel getLevel() {
        return level;
    }

    public void setLevel(io.github.egovsdk.signature.SignatureLevel level) {
        this.level = level;
    }

    public java.net.URI getTsaUrl() {
        return tsaUrl;
    }

    public void setTsaUrl(java.net.URI tsaUrl) {
        this.tsaUrl = tsaUrl;
    }

}
