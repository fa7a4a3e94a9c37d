package io.github.egovsdk.spring.boot.autoconfigure;

import java.net.URI;

/** What both OpenID-Connect-style logins (VNeID, the portal SSO) need: the client registered with the provider. */
public class OidcClientProperties extends ServiceProperties {
    /** The client id registered with the provider. */
    private String clientId;
    /** The client secret (never logged). */
    private String clientSecret;
    /** The callback URL registered with the provider. */
    private URI redirectUri;

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

    public URI getRedirectUri() {
        return redirectUri;
    }

    public void setRedirectUri(URI redirectUri) {
        this.redirectUri = redirectUri;
    }
}
