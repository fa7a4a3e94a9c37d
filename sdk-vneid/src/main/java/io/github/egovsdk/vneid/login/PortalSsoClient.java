package io.github.egovsdk.vneid.login;

import com.nimbusds.jwt.JWTClaimsSet;
import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.auth.Credentials;
import io.github.egovsdk.core.auth.OAuth2Client;
import io.github.egovsdk.core.config.ClientBuilderBase;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.vneid.internal.login.ClaimMapper;
import io.github.egovsdk.vneid.internal.login.IdTokenVerifier;
import io.github.egovsdk.vneid.internal.login.OidcHttp;
import io.github.egovsdk.vneid.internal.login.OidcSupport;
import io.github.egovsdk.vneid.login.LoginRejectedException.Reason;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login through the national public-service portal's SSO (standard OIDC on WSO2 Identity Server, reference §5):
 * authorization-code flow with {@code state}, {@code nonce} and PKCE S256; the code is exchanged with the client
 * secret; the ID token is verified (signature by the provider's JWKS, issuer, audience, expiry, nonce); user-info
 * claims are merged and mapped to a {@link VerifiedIdentity}.
 *
 * <pre>{@code
 * LoginRequest login = sso.startLogin();            // keep it in the user's session
 * response.sendRedirect(login.authorizationUri().toString());
 * // ... on the callback:
 * VerifiedIdentity who = sso.completeLogin(login, request.getQueryString());
 * }</pre>
 *
 * <p>Provider metadata comes from {@code endpoint + ".well-known/openid-configuration"} (fetched on first use), or
 * from {@link Builder#explicitEndpoints}.
 * Codes, tokens and claims are never logged. Immutable and thread-safe; {@link #close()} releases connections.
 */
public final class PortalSsoClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PortalSsoClient.class);
    private final ClientConfig config;
    private final OidcHttp http;
    private final String clientId;
    private final String clientSecret;
    private final URI redirectUri;
    private final String scope;
    private final String acrValues;
    private final Duration clockSkew;
    private volatile Metadata metadata;

    private record Explicit(String issuer, URI authorize, URI token, URI jwks, URI userInfo) {}

    private record Metadata(String issuer, URI authorize, URI token, URI userInfo, IdTokenVerifier verifier) {}

    private PortalSsoClient(ClientConfig config, Builder b) {
        this.config = config;
        this.http = new OidcHttp(HttpPipeline.create(config));
        this.clientId = b.clientId;
        this.clientSecret = b.clientSecret;
        this.redirectUri = b.redirectUri;
        this.scope = b.scope;
        this.acrValues = b.acrValues;
        this.clockSkew = b.clockSkew;
        if (b.explicit != null) {
            Explicit x = b.explicit;
            this.metadata = new Metadata(
                    x.issuer(),
                    x.authorize(),
                    x.token(),
                    x.userInfo(),
                    new IdTokenVerifier(http, x.jwks(), x.issuer(), clientId, config.clock(), clockSkew));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts a login: fresh {@code state}, {@code nonce} and PKCE verifier, and the URL to redirect the user to. */
    public LoginRequest startLogin() {
        Metadata m = metadata();
        String state = OidcSupport.random(24);
        String nonce = OidcSupport.random(24);
        String verifier = OidcSupport.random(48);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("response_type", "code");
        p.put("client_id", clientId);
        p.put("redirect_uri", redirectUri.toString());
        p.put("scope", scope);
        p.put("state", state);
        p.put("nonce", nonce);
        p.put("code_challenge", OidcSupport.s256(verifier));
        p.put("code_challenge_method", "S256");
        if (acrValues != null) {
            p.put("acr_values", acrValues);
        }
        return new LoginRequest(OidcSupport.withQuery(m.authorize(), p), state, nonce, verifier, redirectUri);
    }

    /**
     * Completes a login from the callback's raw query string (or the whole callback URL).
     *
     * @throws LoginRejectedException when the callback or the tokens must not be trusted (reason given)
     * @throws EgovServiceException   when the provider refuses the code exchange
     */
    public VerifiedIdentity completeLogin(LoginRequest request, String callbackQuery) {
        Objects.requireNonNull(request, "request");
        Map<String, String> q = OidcSupport.query(callbackQuery);
        if (q.containsKey("error")) {
            throw new LoginRejectedException(
                    Reason.PROVIDER_ERROR,
                    "The portal SSO returned error '" + q.get("error") + "'",
                    "cổng DVCQG trả lỗi đăng nhập '" + q.get("error") + "'");
        }
        if (!OidcSupport.same(q.get("state"), request.state())) {
            throw new LoginRejectedException(
                    Reason.STATE_MISMATCH,
                    "The callback's state does not match this" + " session's",
                    "tham số state không khớp phiên đăng nhập");
        }
        String code = q.get("code");
        if (code == null || code.isBlank()) {
            throw new LoginRejectedException(
                    Reason.MISSING_CODE, "The callback has no authorization code", "thiếu mã ủy quyền (code)");
        }
        Metadata m = metadata();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", request.redirectUri().toString());
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        form.put("code_verifier", request.codeVerifier());
        JsonNode token = OidcHttp.object(http.postForm(m.token(), form), "token endpoint");
        String idToken = token.path("id_token").asString(null);
        String accessToken = token.path("access_token").asString(null);
        if (idToken == null) {
            throw new LoginRejectedException(
                    Reason.INVALID_TOKEN, "The token response has no id_token", "phản hồi token không có id_token");
        }
        JWTClaimsSet idClaims = m.verifier().verify(idToken, request.nonce());
        Map<String, Object> claims = new HashMap<>(idClaims.getClaims());
        if (m.userInfo() != null && accessToken != null) {
            JsonNode info = OidcHttp.object(http.get(m.userInfo(), accessToken), "userinfo");
            if (!idClaims.getSubject().equals(info.path("sub").asString(idClaims.getSubject()))) {
                throw new LoginRejectedException(
                        Reason.INVALID_TOKEN,
                        "User info is for another subject",
                        "thông tin người dùng không cùng chủ thể với ID token");
            }
            Map<String, Object> extra = EgovJson.mapper().convertValue(info, Map.class);
            extra.forEach(claims::putIfAbsent);
        }
        VerifiedIdentity identity = ClaimMapper.portal(claims);
        LOG.debug("Portal SSO login verified: {}", identity);
        return identity;
    }

    private Metadata metadata() {
        Metadata m = metadata;
        if (m == null) {
            synchronized (this) {
                if (metadata == null) {
                    metadata = discover();
                }
                m = metadata;
            }
        }
        return m;
    }

    private Metadata discover() {
        JsonNode d = OidcHttp.object(
                http.get(config.endpoint().resolve(".well-known/openid-configuration"), null), "OIDC discovery");
        String issuer = d.path("issuer").asString(null);
        String jwks = d.path("jwks_uri").asString(null);
        String authorize = d.path("authorization_endpoint").asString(null);
        String token = d.path("token_endpoint").asString(null);
        if (issuer == null || jwks == null || authorize == null || token == null) {
            throw new EgovServiceException(
                    200,
                    "BAD_DISCOVERY",
                    "OIDC discovery lacks issuer, jwks_uri,"
                            + " authorization_endpoint or token_endpoint / thiếu thông tin cấu hình OIDC",
                    null,
                    null);
        }
        String userInfo = d.path("userinfo_endpoint").asString(null);
        return new Metadata(
                issuer,
                URI.create(authorize),
                URI.create(token),
                userInfo == null ? null : URI.create(userInfo),
                new IdTokenVerifier(http, URI.create(jwks), issuer, clientId, config.clock(), clockSkew));
    }

    @Override
    public void close() {
        http.close();
    }

    /**
     * Builder of {@link PortalSsoClient}: {@code endpoint} is the issuer base URL (discovery is read below it),
     * plus the registered {@code clientId}, {@code clientSecret} and {@code redirectUri}.
     */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private String clientId;
        private String clientSecret;
        private URI redirectUri;
        private String scope = "openid";
        private String acrValues;
        private Duration clockSkew = Duration.ofSeconds(60);
        private Explicit explicit;

        private Builder() {}

        /** The registered client: {@code Credentials.oauth2Client(clientId, clientSecret)}. */
        @Override
        protected Set<Class<? extends Credentials>> acceptedCredentials() {
            return Set.of(OAuth2Client.class);
        }

        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /** The client secret (never logged). */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        public Builder redirectUri(URI redirectUri) {
            this.redirectUri = redirectUri;
            return this;
        }

        /** Default {@code openid}. */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /** E.g. {@code LoA2} to ask the portal for a level-2 login; none by default. */
        public Builder acrValues(String acrValues) {
            this.acrValues = acrValues;
            return this;
        }

        /** Tolerance for expiry/not-before checks; default 60 s. */
        public Builder clockSkew(Duration clockSkew) {
            this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
            return this;
        }

        /**
         * Sets the provider's endpoints instead of reading OIDC discovery (for deployments that do not publish
         * {@code .well-known/openid-configuration}); also sets {@code endpoint} to the issuer.
         *
         * @param issuer                the exact {@code iss} of the ID tokens
         * @param authorizationEndpoint e.g. {@code https://xacthuc.dichvucong.gov.vn/oauth2/authorize}
         * @param tokenEndpoint         the code-exchange endpoint
         * @param jwksUri               the provider's signing keys
         * @param userInfoEndpoint      the user-info endpoint, or null to use the ID token's claims only
         */
        public Builder explicitEndpoints(
                String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri, URI userInfoEndpoint) {
            this.explicit = new Explicit(
                    Objects.requireNonNull(issuer, "issuer"),
                    Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint"),
                    Objects.requireNonNull(tokenEndpoint, "tokenEndpoint"),
                    Objects.requireNonNull(jwksUri, "jwksUri"),
                    userInfoEndpoint);
            return endpoint(issuer);
        }

        public PortalSsoClient build() {
            credentials(OAuth2Client.class)
                    .ifPresent(c -> clientId(c.clientId()).clientSecret(c.clientSecret()));
            if (clientId == null || clientId.isBlank() || clientSecret == null || redirectUri == null) {
                throw new EgovClientException("PortalSsoClient needs clientId, clientSecret and redirectUri / Thiếu"
                        + " clientId, clientSecret hoặc redirectUri");
            }
            ClientConfig config = clientConfigBelowEndpoint();
            return new PortalSsoClient(config, this);
        }
    }
}
