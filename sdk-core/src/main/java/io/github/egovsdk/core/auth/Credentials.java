package io.github.egovsdk.core.auth;

/**
 * What a client authenticates with — one vocabulary for every SDK client's {@code credentials(...)}. Each client
 * accepts the kinds that make sense for its service and refuses the others with an error naming the client and the
 * kinds it accepts:
 * <ul>
 *   <li>{@link SystemCredentials} ({@link #system}) — a system id and shared secret, HMAC-signed per request (the
 *       document axis VXP);</li>
 *   <li>{@link UsernamePassword} ({@link #usernamePassword}) — a session login (the portal, DVCLT interconnection,
 *       the Social Security gateway), re-logged in when the session expires;</li>
 *   <li>{@link PartnerSecret} ({@link #partnerSecret}) — a partner / relying-party code and its secret (the payment
 *       platform, SmartCA);</li>
 *   <li>{@link OAuth2Client} ({@link #oauth2Client}) — an OAuth 2.0 client id and secret (VNeID, portal SSO, a CSC
 *       signing service);</li>
 *   <li>{@link ApiKey} ({@link #apiKey}) — one static key (the criminal-records service);</li>
 *   <li>any {@link RequestSigner} — authentication the caller builds (e.g. {@link VxpHmacSigner},
 *       {@link OAuth2ClientCredentials} for an LGSP gateway), for clients that sign every request.</li>
 * </ul>
 * Every kind is immutable; no {@code toString()} shows a secret.
 */
public interface Credentials {

    /** The kind's name in error messages, e.g. {@code UsernamePassword}. */
    default String kind() {
        return getClass().getSimpleName();
    }

    /** A system id and shared secret (HMAC per request). */
    static SystemCredentials system(String systemId, String secret) {
        return new SystemCredentials(systemId, secret);
    }

    /** A username and password for a session login. */
    static UsernamePassword usernamePassword(String username, String password) {
        return new UsernamePassword(username, password);
    }

    /** A partner (or relying-party) code and its secret. */
    static PartnerSecret partnerSecret(String partnerCode, String secret) {
        return new PartnerSecret(partnerCode, secret);
    }

    /** An OAuth 2.0 client id and client secret. */
    static OAuth2Client oauth2Client(String clientId, String clientSecret) {
        return new OAuth2Client(clientId, clientSecret);
    }

    /** One static API key. */
    static ApiKey apiKey(String key) {
        return new ApiKey(key);
    }
}
