package io.github.egovsdk.core.gateway;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.auth.BearerTokenSigner;
import io.github.egovsdk.core.auth.RequestSigner;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.RequestBody;
import io.github.egovsdk.core.json.EgovJson;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The authentication styles seen at Vietnamese integration platforms (LGSP of a province, NDXP nationally), each as
 * a {@link RequestSigner} — the SDK's one credentials vocabulary, so any client's {@code credentials(...)} accepts
 * them. Token styles cache their token, refresh it before expiry and fetch a new one once when the service answers
 * 401. No style logs a secret or a token; their {@code toString()} masks them.
 *
 * <table>
 * <caption>Styles (the letters of {@link GatewayStyle})</caption>
 * <tr><td>A</td><td>{@link Builder#lgspAccessToken}: {@code lgspaccesstoken} header (base64 JSON keys) on the token
 * call ({@code grant_type=client_credentials}, form) and on every data call, plus {@code Authorization: Bearer}
 * (OpenCPS QLCD, Hậu Giang); A′ adds the officer's {@code AuthHash} = base64({@code keyName:keyPass})</td></tr>
 * <tr><td>B</td><td>{@link Builder#clientCredentials}: {@code POST {base}/token} with {@code grant_type},
 * {@code client_id}, {@code client_secret} in the form (WSO2-style), then Bearer</td></tr>
 * <tr><td>C</td><td>{@link Builder#base64JsonAuthorization}: {@code Authorization} = base64 JSON keys, no scheme
 * (HCM ESB)</td></tr>
 * <tr><td>D</td><td>{@link Builder#authHeaderToken}: token call with {@code Auth: base64(base64(user):base64(pass))},
 * empty form; reply {@code {token, refreshToken, expiryDate}}; renewed when under 5 minutes remain (Đồng
 * Tháp)</td></tr> <tr><td>E</td><td>{@link Builder#xRoad}: {@code Timestamp}, {@code Authorization: Basic
 * base64(user:sha256hex(url + user + timestamp + secret))}, {@code X-Road-Client}, {@code ApiKey}, {@code SOAPAction:
 * ""} (NDXP / X-Road style, from one public client only — the full NDXP header contract is not published)</td></tr>
 * <tr><td>F</td><td>{@link #adapterHoldsCredentials()}: none — the province's adapter holds them (Thanh Hóa)</td></tr>
 * <tr><td>G</td><td>{@link #staticBearer} or {@link Builder#dynamicBearer}</td></tr>
 * </table>
 */
public final class GatewayAuth {
    private GatewayAuth() {}

    /** Options shared by the token styles: the token endpoint's HTTP settings and the clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** Style C: {@code Authorization} is the base64 JSON key set itself (HCM ESB). */
    public static RequestSigner base64JsonAuthorization(LgspKeys keys) {
        Objects.requireNonNull(keys, "keys");
        String value = keys.headerValue();
        return masked("C base64-JSON Authorization", r -> r.withHeader("Authorization", value));
    }

    /** Style F: no authentication headers — the provincial adapter holds the credentials. */
    public static RequestSigner adapterHoldsCredentials() {
        return RequestSigner.none();
    }

    /** Style G, static: {@code Authorization: Bearer <token>} issued out of band. */
    public static RequestSigner staticBearer(String token) {
        return new BearerTokenSigner(token);
    }

    private static RequestSigner masked(String name, RequestSigner signer) {
        return new RequestSigner() {
            @Override
            public HttpRequest sign(HttpRequest request) {
                return signer.sign(request);
            }

            @Override
            public String toString() {
                return "GatewayAuth[" + name + ", secrets=****]";
            }
        };
    }

    static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Builder of the token styles (A, A′, B, D, E, G dynamic). */
    public static final class Builder {
        private ClientConfig httpConfig;
        private Clock clock = Clock.systemUTC();
        private Duration refreshMargin = Duration.ofSeconds(60);

        private Builder() {}

        /** Transport, TLS, proxy and retries for the token endpoint (its endpoint is replaced). */
        public Builder httpConfig(ClientConfig httpConfig) {
            this.httpConfig = httpConfig;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How long before expiry a token is renewed; default 60 s (style D: 5 minutes, as its client does). */
        public Builder refreshMargin(Duration refreshMargin) {
            this.refreshMargin = Objects.requireNonNull(refreshMargin, "refreshMargin");
            return this;
        }

        /** Style A: {@code lgspaccesstoken} + OAuth2 client credentials at {@code tokenUri}. */
        public RequestSigner lgspAccessToken(URI tokenUri, LgspKeys keys) {
            return lgspAccessToken(tokenUri, keys, null, null);
        }

        /**
         * Style A′: as A, plus the officer's {@code AuthHash} header = base64({@code keyName:keyPass}) (OpenCPS PR
         * 2622 maps it from the officer's agency and e-mail; here the caller gives the officer's key pair).
         */
        public RequestSigner lgspAccessToken(
                URI tokenUri, LgspKeys keys, String officerKeyName, String officerKeyPass) {
            Objects.requireNonNull(tokenUri, "tokenUri");
            String header = Objects.requireNonNull(keys, "keys").headerValue();
            String authHash = officerKeyName == null ? null : base64(officerKeyName + ":" + officerKeyPass);
            return new CachedTokenSigner(
                    authHash == null ? "A lgspaccesstoken" : "A' lgspaccesstoken+AuthHash",
                    pipeline(tokenUri),
                    () -> HttpRequest.builder(HttpMethod.POST, tokenUri)
                            .header("lgspaccesstoken", header)
                            .header("Accept", "application/json")
                            .body(RequestBody.ofString(
                                    "grant_type=client_credentials", "application/x-www-form-urlencoded"))
                            .idempotencyKey(UUID.randomUUID().toString())
                            .build(),
                    (json, now) -> json.hasNonNull("access_token")
                            ? new CachedTokenSigner.Token(
                                    json.get("access_token").asString(),
                                    CachedTokenSigner.expiresIn(json, now, Duration.ofMinutes(5)))
                            : null,
                    (r, token) -> {
                        HttpRequest.Builder b = r.toBuilder()
                                .header("Authorization", "Bearer " + token)
                                .header("lgspaccesstoken", header);
                        if (authHash != null) {
                            b.header("AuthHash", authHash);
                        }
                        return b.build();
                    },
                    clock,
                    refreshMargin);
        }

        /** Style B: {@code POST tokenUri} form {@code grant_type=client_credentials&client_id=…&client_secret=…}. */
        public RequestSigner clientCredentials(URI tokenUri, String clientId, String clientSecret) {
            if (clientId == null || clientSecret == null) {
                throw new EgovClientException(
                        "client_id and client_secret are required / thiếu client_id hoặc" + " client_secret");
            }
            String form =
                    "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                            + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
            return new CachedTokenSigner(
                    "B client-credentials",
                    pipeline(tokenUri),
                    () -> HttpRequest.builder(HttpMethod.POST, tokenUri)
                            .header("Accept", "application/json")
                            .body(RequestBody.ofString(form, "application/x-www-form-urlencoded"))
                            .idempotencyKey(UUID.randomUUID().toString())
                            .build(),
                    (json, now) -> json.hasNonNull("access_token")
                            ? new CachedTokenSigner.Token(
                                    json.get("access_token").asString(),
                                    CachedTokenSigner.expiresIn(json, now, Duration.ofMinutes(5)))
                            : null,
                    (r, token) -> r.withHeader("Authorization", "Bearer " + token),
                    clock,
                    refreshMargin);
        }

        /**
         * Style D (Đồng Tháp): {@code POST tokenUri}, empty form, header {@code Auth: base64(base64(user) ":"
         * base64(pass))}; reply {@code {token, refreshToken, expiryDate}}. The {@code expiryDate} format is not
         * published: ISO-8601 (with or without offset, read as Vietnam time when without) is accepted; otherwise the
         * token is kept one hour. Renewed when less than 5 minutes (or the refresh margin, if larger) remain.
         */
        public RequestSigner authHeaderToken(URI tokenUri, String user, String password) {
            if (user == null || password == null) {
                throw new EgovClientException("user and password are required / thiếu tài khoản hoặc mật khẩu");
            }
            String auth = base64(base64(user) + ":" + base64(password));
            Duration margin =
                    refreshMargin.compareTo(Duration.ofMinutes(5)) > 0 ? refreshMargin : Duration.ofMinutes(5);
            return new CachedTokenSigner(
                    "D Auth-header token",
                    pipeline(tokenUri),
                    () -> HttpRequest.builder(HttpMethod.POST, tokenUri)
                            .header("Auth", auth)
                            .header("Accept", "application/json")
                            .body(RequestBody.ofString("", "application/x-www-form-urlencoded"))
                            .idempotencyKey(UUID.randomUUID().toString())
                            .build(),
                    (json, now) -> json.hasNonNull("token")
                            ? new CachedTokenSigner.Token(
                                    json.get("token").asString(),
                                    ExpiryDates.parse(json.path("expiryDate").asString(""), now))
                            : null,
                    (r, token) -> r.withHeader("Authorization", "Bearer " + token),
                    clock,
                    margin);
        }

        /**
         * Style G, dynamic: {@code POST url} with JSON {@code {"username","password"}}, the token read from
         * {@code access_token} or {@code token}. The one public client of this style left it unimplemented, so the
         * request shape is the SDK's assumption.
         */
        public RequestSigner dynamicBearer(URI url, String user, String password) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("username", Objects.requireNonNull(user, "user"));
            body.put("password", Objects.requireNonNull(password, "password"));
            byte[] json = EgovJson.write(body);
            return new CachedTokenSigner(
                    "G dynamic bearer",
                    pipeline(url),
                    () -> HttpRequest.builder(HttpMethod.POST, url)
                            .header("Accept", "application/json")
                            .body(RequestBody.ofBytes(json, "application/json; charset=UTF-8"))
                            .idempotencyKey(UUID.randomUUID().toString())
                            .build(),
                    (j, now) -> {
                        JsonNodeView v = new JsonNodeView(j);
                        String t = v.firstText("access_token", "token", "accessToken");
                        return t == null
                                ? null
                                : new CachedTokenSigner.Token(
                                        t, CachedTokenSigner.expiresIn(j, now, Duration.ofMinutes(5)));
                    },
                    (r, token) -> r.withHeader("Authorization", "Bearer " + token),
                    clock,
                    refreshMargin);
        }

        /** Style E (NDXP / X-Road style): signed headers on every request, no token call. */
        public RequestSigner xRoad(String user, String secret, String xRoadClient, String apiKey) {
            return new XRoadSigner(user, secret, xRoadClient, apiKey, clock);
        }

        private HttpPipeline pipeline(URI tokenUri) {
            ClientConfig.Builder config = (httpConfig == null ? ClientConfig.builder() : httpConfig.toBuilder())
                    .endpoint(tokenUri)
                    .credentials(RequestSigner.none())
                    .clock(clock);
            if (httpConfig == null) {
                config.retryPolicy(RetryPolicy.defaults());
            }
            return HttpPipeline.create(config.build());
        }
    }
}
