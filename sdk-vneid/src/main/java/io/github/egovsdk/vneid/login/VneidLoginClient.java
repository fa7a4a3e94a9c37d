package io.github.egovsdk.vneid.login;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.auth.Credentials;
import io.github.egovsdk.core.auth.OAuth2Client;
import io.github.egovsdk.core.config.ClientBuilderBase;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.vneid.internal.login.ClaimMapper;
import io.github.egovsdk.vneid.internal.login.OidcHttp;
import io.github.egovsdk.vneid.internal.login.OidcSupport;
import io.github.egovsdk.vneid.internal.login.VneidCrypto;
import io.github.egovsdk.vneid.login.LoginRejectedException.Reason;
import java.net.URI;
import java.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Direct login with VNeID (reference §6), with its documented quirks: form-encoded token request; an authorization
 * code that may come AES-encrypted with an RSA-wrapped {@code encrypt_key}; token and user-info bodies that may be
 * {@code {"data","key"}} envelopes; no ID token — the identity comes from user info ({@code citizenPid},
 * {@code fullName}, {@code birthDate}, {@code accountType}, {@code accountLevel}). The callback's raw query is parsed
 * so that {@code +} in a code survives.
 *
 * <p>Codes, {@code encrypt_key}, tokens, the client secret and decrypted claims are never logged. Immutable and
 * thread-safe; {@link #close()} releases connections.
 *
 * <p>Example:
 * <pre>{@code
 * VneidLoginClient vneid = VneidLoginClient.builder().endpoint("https://sso.vneid.example.gov.vn/")
 *         .clientId(clientId).clientSecret(clientSecret).redirectUri(URI.create("https://motcua.example.vn/cb"))
 *         .decryptionKey(ourKey)                 // VNeID's code is AES-encrypted with an RSA-wrapped key
 *         .minimumLevel(2).build();              // procedures that need a level-2 account
 * LoginRequest login = vneid.startLogin();       // keep in the user's session; redirect to login.authorizationUri()
 * VerifiedIdentity who = vneid.completeLogin(login, callbackQuery);  // LoginRejectedException if not trusted
 * }</pre>
 */
public final class VneidLoginClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VneidLoginClient.class);
    private final OidcHttp http;
    private final URI authorize;
    private final URI token;
    private final URI userInfo;
    private final String clientId;
    private final String clientSecret;
    private final URI redirectUri;
    private final PrivateKey decryptionKey;
    private final VneidCrypto.AesMode aesMode;
    private final CodeExchange codeExchange;
    private final int minimumLevel;

    /** How an encrypted code is sent to the token endpoint (public VNeID integrations use both). */
    public enum CodeExchange {
        /** Decrypt the code and send the plain code (default). */
        DECRYPTED_CODE,
        /** Send the code as received plus {@code encrypt_key}, for the provider to decrypt. */
        RAW_CODE_WITH_ENCRYPT_KEY
    }

    private VneidLoginClient(ClientConfig config, Builder b) {
        this.http = new OidcHttp(HttpPipeline.create(config));
        this.authorize = config.endpoint().resolve(b.authorizePath);
        this.token = config.endpoint().resolve(b.tokenPath);
        this.userInfo = config.endpoint().resolve(b.userInfoPath);
        this.clientId = b.clientId;
        this.clientSecret = b.clientSecret;
        this.redirectUri = b.redirectUri;
        this.decryptionKey = b.decryptionKey;
        this.aesMode = b.cbc ? VneidCrypto.AesMode.CBC : VneidCrypto.AesMode.ECB;
        this.codeExchange = b.codeExchange;
        this.minimumLevel = b.minimumLevel;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts a login: a fresh {@code state} and the URL to redirect the user to (VNeID has no nonce or PKCE). */
    public LoginRequest startLogin() {
        String state = OidcSupport.random(24);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("response_type", "code");
        p.put("client_id", clientId);
        p.put("redirect_uri", redirectUri.toString());
        p.put("scope", "openid");
        p.put("state", state);
        return new LoginRequest(OidcSupport.withQuery(authorize, p), state, null, null, redirectUri);
    }

    /**
     * Completes a login from the callback's raw query string (or URL): state check, code (decrypted when it came
     * with {@code encrypt_key}), token, user info.
     *
     * @throws LoginRejectedException when the callback must not be trusted or the account level is too low
     */
    public VerifiedIdentity completeLogin(LoginRequest request, String callbackQuery) {
        Objects.requireNonNull(request, "request");
        Map<String, String> q = OidcSupport.query(callbackQuery);
        if (q.containsKey("error")) {
            throw new LoginRejectedException(
                    Reason.PROVIDER_ERROR,
                    "VNeID returned error '" + q.get("error") + "'",
                    "VNeID trả lỗi đăng nhập '" + q.get("error") + "'");
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
        String encryptKey = q.get("encrypt_key");
        LOG.debug(
                "VNeID callback with {} code, exchanged as {}",
                encryptKey == null ? "a plain" : "an encrypted",
                encryptKey == null ? CodeExchange.DECRYPTED_CODE : codeExchange);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        if (encryptKey != null && codeExchange == CodeExchange.RAW_CODE_WITH_ENCRYPT_KEY) {
            form.put("code", code);
            form.put("encrypt_key", encryptKey);
        } else {
            form.put("code", encryptKey == null ? code : VneidCrypto.decrypt(code, encryptKey, requireKey(), aesMode));
        }
        form.put("redirect_uri", request.redirectUri().toString());
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        JsonNode tokens = unwrap(OidcHttp.object(http.postForm(token, form), "VNeID token endpoint"));
        String accessToken = tokens.path("access_token").asString(null);
        if (accessToken == null) {
            throw new LoginRejectedException(
                    Reason.INVALID_TOKEN,
                    "The VNeID token response has no access_token",
                    "phản hồi token VNeID không có access_token");
        }
        JsonNode info = unwrap(OidcHttp.object(http.get(userInfo, accessToken), "VNeID userinfo"));
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = EgovJson.mapper().convertValue(info, Map.class);
        VerifiedIdentity identity = ClaimMapper.vneid(claims);
        if (identity.assuranceLevel() < minimumLevel) {
            throw new LoginRejectedException(
                    Reason.LEVEL_TOO_LOW,
                    "VNeID account level " + identity.assuranceLevel() + " is below the required " + minimumLevel,
                    "tài khoản VNeID mức " + identity.assuranceLevel() + " chưa đạt mức " + minimumLevel
                            + " theo yêu cầu");
        }
        LOG.debug("VNeID login verified: {}", identity);
        return identity;
    }

    /** A {@code {"data","key"}} envelope is decrypted; anything else is returned as it is. */
    private JsonNode unwrap(JsonNode body) {
        if (body.size() == 2 && body.path("data").isString() && body.path("key").isString()) {
            String plain = VneidCrypto.decrypt(
                    body.path("data").asString(), body.path("key").asString(), requireKey(), aesMode);
            return OidcHttp.object(plain, "VNeID encrypted response");
        }
        return body;
    }

    private PrivateKey requireKey() {
        if (decryptionKey == null) {
            throw new LoginRejectedException(
                    Reason.DECRYPTION_FAILED,
                    "VNeID sent encrypted data but no decryption" + " key is configured (Builder.decryptionKey)",
                    "VNeID gửi dữ liệu mã hóa nhưng chưa cấu hình" + " khóa giải mã");
        }
        return decryptionKey;
    }

    @Override
    public void close() {
        http.close();
    }

    /**
     * Builder of {@link VneidLoginClient}: {@code endpoint} (the VNeID SSO base, e.g. {@code
     * https://sso.dancuquocgia.gov.vn/}), {@code clientId}, {@code clientSecret}, {@code redirectUri}; the RSA private
     * key for encrypted codes and responses; paths default to {@code auth}, {@code token}, {@code userinfo}.
     */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private String clientId;
        private String clientSecret;
        private URI redirectUri;
        private PrivateKey decryptionKey;
        private boolean cbc;
        private CodeExchange codeExchange = CodeExchange.DECRYPTED_CODE;
        private int minimumLevel;
        private String authorizePath = "auth";
        private String tokenPath = "token";
        private String userInfoPath = "userinfo";

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

        /** The client's RSA private key, for encrypted codes ({@code encrypt_key}) and {@code {data,key}} bodies. */
        public Builder decryptionKey(PrivateKey key) {
            this.decryptionKey = key;
            return this;
        }

        /** AES/CBC with the IV in the first 16 bytes instead of the default AES/ECB. */
        public Builder aesCbc(boolean cbc) {
            this.cbc = cbc;
            return this;
        }

        public Builder codeExchange(CodeExchange codeExchange) {
            this.codeExchange = Objects.requireNonNull(codeExchange, "codeExchange");
            return this;
        }

        /** Refuse logins below this account level (e.g. 2 for procedures that need mức 2); default none. */
        public Builder minimumLevel(int level) {
            this.minimumLevel = level;
            return this;
        }

        public Builder authorizePath(String path) {
            this.authorizePath = path;
            return this;
        }

        public Builder tokenPath(String path) {
            this.tokenPath = path;
            return this;
        }

        public Builder userInfoPath(String path) {
            this.userInfoPath = path;
            return this;
        }

        public VneidLoginClient build() {
            credentials(OAuth2Client.class)
                    .ifPresent(c -> clientId(c.clientId()).clientSecret(c.clientSecret()));
            if (clientId == null || clientId.isBlank() || clientSecret == null || redirectUri == null) {
                throw new EgovClientException("VneidLoginClient needs clientId, clientSecret and redirectUri / Thiếu"
                        + " clientId, clientSecret hoặc redirectUri");
            }
            ClientConfig config = clientConfigBelowEndpoint();
            return new VneidLoginClient(config, this);
        }
    }
}
