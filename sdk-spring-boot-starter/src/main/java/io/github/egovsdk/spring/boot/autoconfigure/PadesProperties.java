package io.github.egovsdk.spring.boot.autoconfigure;

import io.github.egovsdk.signature.SignatureLevel;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/** The PAdES signer bean, with a PKCS#12 key file or a key on a PKCS#11 token. */
public class PadesProperties {
    /** The PKCS#12 file holding the signing key and its chain. */
    private Path keyStore;
    /** Password of the PKCS#12 file (never logged). */
    private String keyStorePassword;
    /** Alias of the key entry; unset = the only key entry. */
    private String alias;
    /** PAdES level: B_B, B_T, B_LT or B_LTA; default the signer's. */
    private SignatureLevel level;
    /** RFC 3161 time-stamping authority, needed from B-T on. */
    private URI tsaUrl;
    /** A key on a PKCS#11 token instead of a PKCS#12 file. */
    @NestedConfigurationProperty
    private final Pkcs11Properties pkcs11 = new Pkcs11Properties();

    public Pkcs11Properties getPkcs11() {
        return pkcs11;
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

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }

    public SignatureLevel getLevel() {
        return level;
    }

    public void setLevel(SignatureLevel level) {
        this.level = level;
    }

    public URI getTsaUrl() {
        return tsaUrl;
    }

    public void setTsaUrl(URI tsaUrl) {
        this.tsaUrl = tsaUrl;
    }
}
