package io.github.egovsdk.spring.boot.autoconfigure;

import java.net.URI;

/** The national population database adapter (CSDL quốc gia về dân cư). Lookups need an {@code AuditHook} bean. */
public class PopulationProperties extends ServiceProperties {
    /** {@code MaTichHop}: the integration code the gateway assigned. */
    private String integrationCode;
    /** {@code MaDVC}: the code of the public service the lookups are for. */
    private String serviceCode;
    /** OAuth2 token endpoint of the gateway (client-credentials grant); unset = no token. */
    private URI tokenEndpoint;
    /** OAuth2 client id at the gateway. */
    private String clientId;
    /** OAuth2 client secret at the gateway (never logged). */
    private String clientSecret;

    public String getIntegrationCode() {
        return integrationCode;
    }

    public void setIntegrationCode(String integrationCode) {
        this.integrationCode = integrationCode;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public URI getTokenEndpoint() {
        return tokenEndpoint;
    }

    public void setTokenEndpoint(URI tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }
}
