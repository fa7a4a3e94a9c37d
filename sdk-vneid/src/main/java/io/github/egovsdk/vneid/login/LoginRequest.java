package io.github.egovsdk.vneid.login;

import java.io.Serializable;
import java.net.URI;
import java.util.Objects;

/**
 * One login attempt: the URL to send the user's browser to, and the values to keep in the user's server-side
 * session until the callback ({@code state}, {@code nonce}, the PKCE verifier). Serialisable so web frameworks can
 * store it in a session; {@link #toString()} shows none of the secrets.
 *
 * @param authorizationUri where to redirect the browser
 * @param state            opaque random value bound to this session (checked on the callback — CSRF defence)
 * @param nonce            random value the ID token must echo (replay defence); null for VNeID, which has no ID token
 * @param codeVerifier     the PKCE S256 verifier; null when the provider does not use PKCE
 * @param redirectUri      the callback URL registered with the provider
 */
public record LoginRequest(URI authorizationUri, String state, String nonce, String codeVerifier, URI redirectUri)
        implements Serializable {

    public LoginRequest {
        Objects.requireNonNull(authorizationUri, "authorizationUri");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(redirectUri, "redirectUri");
    }

    @Override
    public String toString() {
        return "LoginRequest[redirect to " + authorizationUri.getScheme() + "://" + authorizationUri.getAuthority()
                + authorizationUri.getPath() + ", callback " + redirectUri + "]";
    }
}
