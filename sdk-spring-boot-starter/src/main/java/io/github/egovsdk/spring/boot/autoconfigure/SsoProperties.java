package io.github.egovsdk.spring.boot.autoconfigure;

/** The portal's OpenID Connect single sign-on; the endpoint is the issuer (discovery is read from it). */
public class SsoProperties extends OidcClientProperties {
    /** Requested scope; default {@code openid}. */
    private String scope;

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }
}
