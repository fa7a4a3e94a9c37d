package io.github.egovsdk.vneid.login;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.vneid.login.LoginRejectedException.Reason;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The portal SSO flow against a real embedded OIDC server (mock-oauth2-server), not stubs. */
class PortalSsoClientTest {
    static final String CLIENT = "mot-cua-bac-ninh";
    static final URI CALLBACK = URI.create("https://motcua.example.gov.vn/sso/callback");
    static final Map<String, Object> CITIZEN = Map.of(
            "SoDinhDanh",
            "001099012345",
            "HoVaTen",
            "Nguyễn Văn Thử",
            "LoaiTaiKhoan",
            "1",
            "TechID",
            "tech-4711",
            "NgayThangNamSinh",
            "01/01/1999",
            "loAs",
            List.of("LoA2"));
    static MockOAuth2Server oidc;
    static HttpClient browser;

    @BeforeAll
    static void start() {
        oidc = new MockOAuth2Server();
        oidc.start();
        browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @AfterAll
    static void stop() {
        oidc.shutdown();
    }

    static PortalSsoClient client(String issuerBase) {
        return PortalSsoClient.builder()
                .endpoint(issuerBase)
                .clientId(CLIENT)
                .clientSecret("sso-secret-KHONG-DUNG")
                .redirectUri(CALLBACK)
                .acrValues("LoA2")
                .build();
    }

    /** The user's browser: follows the authorization URL to the provider, returns where it redirects back. */
    static String browse(URI authorization) throws Exception {
        HttpResponse<Void> r =
                browser.send(HttpRequest.newBuilder(authorization).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(CALLBACK.toString());
        return location;
    }

    static void enqueue(Map<String, Object> claims, long expirySeconds) {
        oidc.enqueueCallback(new DefaultOAuth2TokenCallback(
                "default", "sub-4711", JOSEObjectType.JWT.getType(), List.of(CLIENT), claims, expirySeconds));
    }

    @Test
    void completeLogin_whenFullFlow_mapsTheVerifiedIdentity() throws Exception {
        enqueue(CITIZEN, 3600);
        try (PortalSsoClient sso = client(oidc.issuerUrl("default").toString())) {
            LoginRequest login = sso.startLogin();
            assertThat(login.authorizationUri().getQuery())
                    .contains("code_challenge_method=S256", "nonce=", "state=" + login.state(), "acr_values=LoA2");

            VerifiedIdentity who = sso.completeLogin(login, browse(login.authorizationUri()));

            assertThat(who.source()).isEqualTo(IdentitySource.PORTAL_SSO);
            assertThat(who.subject()).isEqualTo("sub-4711");
            assertThat(who.techId()).contains("tech-4711");
            assertThat(who.accountType()).isEqualTo(AccountType.CITIZEN);
            assertThat(who.personalId())
                    .hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("001099012345"));
            assertThat(who.fullName()).isEqualTo("Nguyễn Văn Thử");
            assertThat(who.dateOfBirth()).contains(LocalDate.of(1999, 1, 1));
            assertThat(who.isLevel2()).isTrue();
            assertThat(who.toString()).doesNotContain("001099012345", "Nguyễn").contains("001******345");
            assertThat(login.toString()).doesNotContain(login.state(), login.nonce(), login.codeVerifier());
        }
    }

    @Test
    void completeLogin_whenEndpointsGivenExplicitly_needsNoDiscovery() throws Exception {
        enqueue(CITIZEN, 3600);
        String issuer = oidc.issuerUrl("default").toString();
        try (PortalSsoClient sso = PortalSsoClient.builder()
                .clientId(CLIENT)
                .clientSecret("sso-secret-KHONG-DUNG")
                .redirectUri(CALLBACK)
                .explicitEndpoints(
                        issuer,
                        oidc.authorizationEndpointUrl("default").uri(),
                        oidc.tokenEndpointUrl("default").uri(),
                        oidc.jwksUrl("default").uri(),
                        oidc.userInfoUrl("default").uri())
                .endpoint("http://127.0.0.1:9/no-discovery-here/")
                .build()) {
            LoginRequest login = sso.startLogin();
            assertThat(login.authorizationUri().toString())
                    .startsWith(oidc.authorizationEndpointUrl("default").toString());

            VerifiedIdentity who = sso.completeLogin(login, browse(login.authorizationUri()));

            assertThat(who.techId()).contains("tech-4711");
            assertThat(who.personalId()).isPresent();
        }
    }

    @Test
    void completeLogin_whenStateDoesNotMatch_isRejectedBeforeAnyTokenCall() throws Exception {
        // nothing enqueued: no token is ever requested (the server's callback queue stays empty for other tests)
        try (PortalSsoClient sso = client(oidc.issuerUrl("default").toString())) {
            LoginRequest login = sso.startLogin();
            String callback = browse(login.authorizationUri()).replace("state=" + login.state(), "state=forged");

            assertThatThrownBy(() -> sso.completeLogin(login, callback))
                    .isInstanceOf(LoginRejectedException.class)
                    .extracting(e -> ((LoginRejectedException) e).reason())
                    .isEqualTo(Reason.STATE_MISMATCH);
        }
    }

    @Test
    void completeLogin_whenNonceDiffersFromTheSession_isRejected() throws Exception {
        enqueue(CITIZEN, 3600);
        try (PortalSsoClient sso = client(oidc.issuerUrl("default").toString())) {
            LoginRequest login = sso.startLogin();
            String callback = browse(login.authorizationUri());
            LoginRequest replayed = new LoginRequest(
                    login.authorizationUri(),
                    login.state(),
                    "another-session-nonce",
                    login.codeVerifier(),
                    login.redirectUri());

            assertThatThrownBy(() -> sso.completeLogin(replayed, callback))
                    .isInstanceOfSatisfying(LoginRejectedException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.NONCE_MISMATCH))
                    .hasMessageContaining("nonce");
        }
    }

    @Test
    void completeLogin_whenIdTokenExpired_isRejected() throws Exception {
        enqueue(CITIZEN, -600);
        try (PortalSsoClient sso = client(oidc.issuerUrl("default").toString())) {
            LoginRequest login = sso.startLogin();

            assertThatThrownBy(() -> sso.completeLogin(login, browse(login.authorizationUri())))
                    .isInstanceOfSatisfying(LoginRejectedException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.EXPIRED));
        }
    }

    @Test
    void completeLogin_whenIdTokenSignedByAnotherKey_isRejected() throws Exception {
        // The real provider's discovery and JWKS, but a token endpoint that hands out a token forged with another key.
        WireMockServer front = new WireMockServer(wireMockConfig().dynamicPort());
        front.start();
        try {
            String discovery = new String(
                    new URI(oidc.wellKnownUrl("default").toString())
                            .toURL()
                            .openStream()
                            .readAllBytes(),
                    StandardCharsets.UTF_8);
            String issuer = oidc.issuerUrl("default").toString();
            front.stubFor(get("/default/.well-known/openid-configuration")
                    .willReturn(okJson(discovery.replace(
                            oidc.tokenEndpointUrl("default").toString(), front.baseUrl() + "/default/token"))));
            try (PortalSsoClient sso = client(front.baseUrl() + "/default")) {
                LoginRequest login = sso.startLogin();
                RSAKey forger = new RSAKeyGenerator(2048).keyID("forged").generate();
                SignedJWT forged = new SignedJWT(
                        new JWSHeader.Builder(JWSAlgorithm.RS256)
                                .keyID("forged")
                                .build(),
                        new JWTClaimsSet.Builder()
                                .issuer(issuer)
                                .subject("sub-4711")
                                .audience(CLIENT)
                                .claim("nonce", login.nonce())
                                .claim("SoDinhDanh", "001099012345")
                                .issueTime(new Date())
                                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                                .build());
                forged.sign(new RSASSASigner(forger));
                front.stubFor(post("/default/token")
                        .willReturn(okJson("{\"access_token\":\"at\",\"token_type\":" + "\"Bearer\",\"id_token\":\""
                                + forged.serialize() + "\"}")));

                assertThatThrownBy(() -> sso.completeLogin(login, "?code=c0de&state=" + login.state()))
                        .isInstanceOfSatisfying(LoginRejectedException.class, e -> assertThat(e.reason())
                                .isEqualTo(Reason.BAD_SIGNATURE));
            }
        } finally {
            front.stop();
        }
    }

    @Test
    void completeLogin_whenProviderReturnsAnError_isRejectedWithIt() {
        try (PortalSsoClient sso = client(oidc.issuerUrl("default").toString())) {
            LoginRequest login = sso.startLogin();

            assertThatThrownBy(() -> sso.completeLogin(login, "error=access_denied&state=" + login.state()))
                    .isInstanceOfSatisfying(LoginRejectedException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.PROVIDER_ERROR))
                    .hasMessageContaining("access_denied");
        }
    }

    @Test
    void completeLogin_whenTokenEndpointRefusesTheCode_throwsServiceError() throws Exception {
        WireMockServer front = new WireMockServer(wireMockConfig().dynamicPort());
        front.start();
        try {
            front.stubFor(get("/sso/.well-known/openid-configuration")
                    .willReturn(okJson("{\"issuer\":\""
                            + front.baseUrl() + "/sso\",\"authorization_endpoint\":\"" + front.baseUrl()
                            + "/sso/authorize\","
                            + "\"token_endpoint\":\"" + front.baseUrl() + "/sso/token\",\"jwks_uri\":\""
                            + front.baseUrl()
                            + "/sso/jwks\"}")));
            front.stubFor(post("/sso/token")
                    .willReturn(aResponse()
                            .withStatus(400)
                            .withHeader("Content-Type", "application/json")
                            .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Mã đã dùng\"}")));
            try (PortalSsoClient sso = client(front.baseUrl() + "/sso")) {
                LoginRequest login = sso.startLogin();

                assertThatThrownBy(() -> sso.completeLogin(login, "code=used&state=" + login.state()))
                        .isInstanceOf(EgovServiceException.class)
                        .hasMessageContaining("invalid_grant");
            }
        } finally {
            front.stop();
        }
    }
}
