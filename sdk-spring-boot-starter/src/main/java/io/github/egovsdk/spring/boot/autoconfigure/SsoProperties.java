package io.github.egovsdk.spring.boot.autoconfigure;

/** The portal's OpenID Connect single sign-on; the endpoint is the issuer (discovery is read from it). */
public class SsoProperties extends ServiceProperties {
    /** The client id registered with the portal's SSO. */
    private String clientId;
    /** The client secret (never logged). */
    private String clientSecret;
    /** The callback URL registered with the SSO. */
    private java.net.URI redirectUri;
    /** Requested scope; default {@code openid}. */
    private String scope;

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

    public java.net.URI getRedirectUri() {
        return redirectUri;
    }

    public void setRedirectUri(java.net.URI redirectUri) {
        this.redirectUri = redirectUri;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

}
