package io.github.egovsdk.spring.boot.autoconfigure;

/** VNeID login (OIDC-like SSO of the national identity app). */
public class VneidProperties extends OidcClientProperties {
    /** Refuse logins below this account level (e.g. 2); 0 = no minimum. */
    private int minimumLevel;

    public int getMinimumLevel() {
        return minimumLevel;
    }

    public void setMinimumLevel(int minimumLevel) {
        this.minimumLevel = minimumLevel;
    }
}
