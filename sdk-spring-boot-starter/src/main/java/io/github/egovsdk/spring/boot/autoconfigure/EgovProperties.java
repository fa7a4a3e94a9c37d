package io.github.egovsdk.spring.boot.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * The {@code egov.*} properties: one group per service. A client bean exists for each service whose
 * {@code endpoint} is set, or for every service when {@code egov.sandbox.enabled=true}.
 */
@ConfigurationProperties(prefix = "egov")
public class EgovProperties {
    /** The embedded sandbox for local development. */
    @NestedConfigurationProperty
    private final SandboxProperties sandbox = new SandboxProperties();
    /** The document axis (VXP) client and receive loop. */
    @NestedConfigurationProperty
    private final VxpProperties vxp = new VxpProperties();
    /** The public-service portal (Cổng DVCQG) client. */
    @NestedConfigurationProperty
    private final PortalProperties portal = new PortalProperties();
    /** The payment platform client. */
    @NestedConfigurationProperty
    private final PaymentProperties payment = new PaymentProperties();
    /** The population database client. */
    @NestedConfigurationProperty
    private final PopulationProperties population = new PopulationProperties();
    /** The VNeID login client. */
    @NestedConfigurationProperty
    private final VneidProperties vneid = new VneidProperties();
    /** The portal's SSO (OpenID Connect) client. */
    @NestedConfigurationProperty
    private final SsoProperties sso = new SsoProperties();
    /** Signature validation and PAdES signing. */
    @NestedConfigurationProperty
    private final SignatureProperties signature = new SignatureProperties();
    /** Actuator health indicators. */
    @NestedConfigurationProperty
    private final HealthProperties health = new HealthProperties();

    public SandboxProperties getSandbox() {
        return sandbox;
    }

    public VxpProperties getVxp() {
        return vxp;
    }

    public PortalProperties getPortal() {
        return portal;
    }

    public PaymentProperties getPayment() {
        return payment;
    }

    public PopulationProperties getPopulation() {
        return population;
    }

    public VneidProperties getVneid() {
        return vneid;
    }

    public SsoProperties getSso() {
        return sso;
    }

    public SignatureProperties getSignature() {
        return signature;
    }

    public HealthProperties getHealth() {
        return health;
    }
}
