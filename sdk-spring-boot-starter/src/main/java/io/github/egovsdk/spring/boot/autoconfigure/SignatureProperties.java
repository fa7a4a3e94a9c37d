package io.github.egovsdk.spring.boot.autoconfigure;

import org.springframework.boot.context.properties.NestedConfigurationProperty;

/** Signature beans: the validator (with trust anchors) and the PAdES signer (with a PKCS#12 key). */
public class SignatureProperties {
    /** The SignatureValidator bean; created when trust anchors or a trust store are set. */
    @NestedConfigurationProperty
    private final ValidatorProperties validator = new ValidatorProperties();
    /** The PadesSigner bean; created when a key store is set. */
    @NestedConfigurationProperty
    private final PadesProperties pades = new PadesProperties();

    public ValidatorProperties getValidator() {
        return validator;
    }

    public PadesProperties getPades() {
        return pades;
    }
}
