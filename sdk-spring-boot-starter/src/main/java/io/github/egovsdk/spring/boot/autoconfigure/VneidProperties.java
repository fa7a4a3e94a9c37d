package io.github.egovsdk.spring.boot.autoconfigure;

/** VNeID login (OIDC-like SSO of the national identity app). */
public class VneidProperties extends ServiceProperties {
    /** The client id registered with VNeID. */
    private String clientId;
    /** The client secret (never logged). */
    private String clientSecret;
    /** The callback URL registered with VNeID. */
    private java.net.URI redirectUri;
    /** Refuse logins below this account level (e.g. 2); 0 = no minimum. */
    private int minimumLevel;

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

    public int getMinimumLevel() {
        return minimumLevel;
    }

    public void setMinimumLevel(int minimumLevel) {
        this.minimumLevel = minimumLevel;
    }

}
