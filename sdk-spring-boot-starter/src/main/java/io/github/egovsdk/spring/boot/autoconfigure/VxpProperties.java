package io.github.egovsdk.spring.boot.autoconfigure;

import org.springframework.boot.context.properties.NestedConfigurationProperty;

/** The document axis (trục liên thông văn bản, VXP): the agency's system id and HMAC secret, and the receive loop. */
public class VxpProperties extends ServiceProperties {
    /** The system id the axis assigned (used in the HMAC signature). */
    private String systemId;
    /** The HMAC secret of the system id (never logged). */
    private String secret;
    /** The managed receive loop (EdocReceiver). */
    @NestedConfigurationProperty
    private final ReceiverProperties receiver = new ReceiverProperties();

    public String getSystemId() {
        return systemId;
    }

    public void setSystemId(String systemId) {
        this.systemId = systemId;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public ReceiverProperties getReceiver() {
        return receiver;
    }
}
