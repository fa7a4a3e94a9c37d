package io.github.egovsdk.vneid.login;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.vneid.login.LoginRejectedException.Reason;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Direct VNeID login against WireMock in the shapes of reference §6: form-encoded token call, AES-encrypted code with
 * an RSA-wrapped {@code encrypt_key}, {@code {"data","key"}} envelopes (ECB and CBC), no ID token, user-info identity.
 * The client's RSA key pair is generated here; VNeID's side is played by {@link VneidEncryption}.
 */
class VneidLoginClientTest {
    static final URI CALLBACK = URI.create("https://dichvucong.example.gov.vn/vneidsso/callback");
    static final String SECRET = "vneid-secret-KHONG-DUNG-THAT";
    static final String USER_INFO = "{\"citizenPid\":\"001099012345\",\"fullName\":\"Nguyễn Văn Thử\","
            + "\"birthDate\":\"1999-01-01\",\"accountType\":1,\"accountLevel\":2}";
    static KeyPair clientKeys;
    WireMockServer vneid;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        clientKeys = g.generateKeyPair();
    }

    @BeforeEach
    void start() {
        vneid = new WireMockServer(wireMockConfig().dynamicPort());
        vneid.start();
    }

    @AfterEach
    void stop() {
        vneid.stop();
    }

    VneidLoginClient.Builder client() {
        return VneidLoginClient.builder()
                .endpoint(vneid.baseUrl() + "/vneid")
                .clientId("vneid-client-01")
                .clientSecret(SECRET)
                .redirectUri(CALLBACK)
                .decryptionKey(clientKeys.getPrivate());
    }

    void stubToken(String body) {
        vneid.stubFor(post("/vneid/token").willReturn(okJson(body)));
    }

    void stubUserInfo(String body) {
        vneid.stubFor(get("/vneid/userinfo")
                .withHeader("Authorization", equalTo("Bearer at-vneid-1"))
                .willReturn(okJson(body)));
    }

    /** The token request's form, decoded the standard way ({@code +} = space, as a server would). */
    Map<String, String> tokenForm() {
        String body = vneid.findAll(postRequestedFor(urlPathEqualTo("/vneid/token")))
                .get(0)
                .getBodyAsString();
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            form.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    @Test
    void startLogin_whenCalled_pointsAtTheAuthEndpointWithStateAndNoNonce() {
        try (VneidLoginClient c = client().build()) {
            LoginRequest login = c.startLogin();

            assertThat(login.authorizationUri().getPath()).isEqualTo("/vneid/auth");
            assertThat(login.authorizationUri().getQuery())
                    .contains(
                            "response_type=code",
                            "client_id=vneid-client-01",
                            "redirect_uri=" + CALLBACK,
                            "state=" + login.state())
                    .doesNotContain("nonce", "code_challenge");
            assertThat(login.nonce()).isNull();
            assertThat(c.startLogin().state()).isNotEqualTo(login.state());
        }
    }

    @Test
    void completeLogin_whenCodeIsEncrypted_decryptsItAndExchangesItInAFormEncodedRequest() {
        String plainCode = "3f2a9c1e-7b44-4d1a-9e0f-1c2b3d4e5f60.8a7b6c5d-1111-2222-3333-444455556666";
        VneidEncryption.Sealed sealed = VneidEncryption.sealWithPlus(plainCode, clientKeys.getPublic(), false);
        stubToken("{\"access_token\":\"at-vneid-1\",\"token_type\":\"Bearer\",\"expires_in\":300}");
        stubUserInfo(USER_INFO);
        try (VneidLoginClient c = client().build()) {
            LoginRequest login = c.startLogin();
            // The raw query as the browser sends it: base64 '+' unescaped (frameworks would turn it into a space).
            String raw = "code=" + sealed.data() + "&encrypt_key=" + sealed.key() + "&state=" + login.state();
            assertThat(sealed.data()).contains("+");

            VerifiedIdentity who = c.completeLogin(login, raw);

            assertThat(who.source()).isEqualTo(IdentitySource.VNEID);
            assertThat(who.personalId())
                    .hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("001099012345"));
            assertThat(who.fullName()).isEqualTo("Nguyễn Văn Thử");
            assertThat(who.dateOfBirth()).contains(LocalDate.of(1999, 1, 1));
            assertThat(who.accountType()).isEqualTo(AccountType.CITIZEN);
            assertThat(who.assuranceLevel()).isEqualTo(2);
            assertThat(who.subject()).doesNotContain("001099012345");
            assertThat(who.toString()).doesNotContain("001099012345", "Nguyễn").contains("001******345");
        }
        vneid.verify(postRequestedFor(urlPathEqualTo("/vneid/token"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded")));
        assertThat(tokenForm())
                .containsEntry("grant_type", "authorization_code")
                .containsEntry("code", plainCode)
                .containsEntry("client_id", "vneid-client-01")
                .containsEntry("client_secret", SECRET)
                .containsEntry("redirect_uri", CALLBACK.toString())
                .doesNotContainKey("encrypt_key");
    }

    @Test
    void completeLogin_whenRawCodeVariantConfigured_forwardsTheCodeAsReceivedWithEncryptKey() {
        VneidEncryption.Sealed sealed =
                VneidEncryption.sealWithPlus("plain-code-not-sent", clientKeys.getPublic(), false);
        stubToken("{\"access_token\":\"at-vneid-1\",\"token_type\":\"Bearer\"}");
        stubUserInfo(USER_INFO);
        try (VneidLoginClient c = client().codeExchange(VneidLoginClient.CodeExchange.RAW_CODE_WITH_ENCRYPT_KEY)
                .build()) {
            LoginRequest login = c.startLogin();

            c.completeLogin(
                    login, "?code=" + sealed.data() + "&encrypt_key=" + sealed.key() + "&state=" + login.state());
        }
        assertThat(tokenForm()).containsEntry("code", sealed.data()).containsEntry("encrypt_key", sealed.key());
    }

    @Test
    void completeLogin_whenPlainCodeHasPlus_keepsThePlus() {
        stubToken("{\"access_token\":\"at-vneid-1\",\"token_type\":\"Bearer\"}");
        stubUserInfo(USER_INFO);
        try (VneidLoginClient c = client().build()) {
            LoginRequest login = c.startLogin();

            c.completeLogin(login, CALLBACK + "?state=" + login.state() + "&code=ab+cd/ef==");
        }
        assertThat(tokenForm()).containsEntry("code", "ab+cd/ef==");
    }

    @Test
    void completeLogin_whenTokenAndUserInfoAreDataKeyEnvelopes_decryptsBothWithEcb() {
        stubToken(VneidEncryption.envelope(
                "{\"access_token\":\"at-vneid-1\",\"token_type\":\"Bearer\"}", clientKeys.getPublic(), false));
        stubUserInfo(VneidEncryption.envelope(USER_INFO, clientKeys.getPublic(), false));
        try (VneidLoginClient c = client().build()) {
            LoginRequest login = c.startLogin();

            VerifiedIdentity who = c.completeLogin(login, "code=c1&state=" + login.state());

            assertThat(who.personalId())
                    .hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("001099012345"));
            assertThat(who.isLevel2()).isTrue();
        }
        vneid.verify(getRequestedFor(urlPathEqualTo("/vneid/userinfo"))
                .withHeader("Authorization", equalTo("Bearer at-vneid-1")));
    }

    @Test
    void completeLogin_whenCbcConfigured_decryptsEnvelopesWithTheIvInTheFirstBlock() {
        stubToken(VneidEncryption.envelope("{\"access_token\":\"at-vneid-1\"}", clientKeys.getPublic(), true));
        stubUserInfo(VneidEncryption.envelope(USER_INFO, clientKeys.getPublic(), true));
        try (VneidLoginClient c = client().aesCbc(true).build()) {
            LoginRequest login = c.startLogin();

            assertThat(c.completeLogin(login, "code=c1&state=" + login.state()).fullName())
                    .isEqualTo("Nguyễn Văn Thử");
        }
    }

    @Test
    void completeLogin_whenEncryptKeyIsForAnotherKeyPair_isRejectedBeforeAnyTokenCall() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        VneidEncryption.Sealed sealed = VneidEncryption.sealWithPlus(
                "code-for-someone-else", g.generateKeyPair().getPublic(), false);
        try (VneidLoginClient c = client().build()) {
            LoginRequest login = c.startLogin();

            assertThatThrownBy(() -> c.completeLogin(
                            login,
                            "code=" + sealed.data() + "&encrypt_key=" + sealed.key() + "&state=" + login.state()))
                    .isInstanceOfSatisfying(LoginRejectedException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.DECRYPTION_FAILED))
                    .hasMessageNotContaining(sealed.key());
        }
        assertThat(vneid.findAll(postRequestedFor(urlPathEqualTo("/vneid/token"))))
                .isEmpty();
    }

    @Test
    void completeLogin_whenStateDiffers_isRejectedBeforeAnyTokenCall() {
        try (VneidLoginClient c = client().build()) {
            LoginRequest login = c.startLogin();

            assertThatThrownBy(() -> c.completeLogin(login, "code=c1&state=someone-elses-state"))
                    .isInstanceOfSatisfying(LoginRejectedException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.STATE_MISMATCH));
        }
        assertThat(vneid.getAllServeEvents()).isEmpty();
    }

    @Test
    void completeLogin_whenAccountLevelBelowMinimum_isRejected() {
        stubToken("{\"access_token\":\"at-vneid-1\"}");
        stubUserInfo(USER_INFO.replace("\"accountLevel\":2", "\"accountLevel\":1"));
        try (VneidLoginClient c = client().minimumLevel(2).build()) {
            LoginRequest login = c.startLogin();

            assertThatThrownBy(() -> c.completeLogin(login, "code=c1&state=" + login.state()))
                    .isInstanceOfSatisfying(LoginRejectedException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.LEVEL_TOO_LOW))
                    .hasMessageContaining("level 1")
                    .hasMessageNotContaining("001099012345");
        }
    }

    @Test
    void completeLogin_whenUserInfoRefusesTheToken_throwsServiceErrorWithoutTheToken() {
        stubToken("{\"access_token\":\"at-vneid-1\"}");
        vneid.stubFor(get("/vneid/userinfo")
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_token\",\"error_description\":\"expired\"}")));
        try (VneidLoginClient c = client().build()) {
            LoginRequest login = c.startLogin();

            assertThatThrownBy(() -> c.completeLogin(login, "code=c1&state=" + login.state()))
                    .isInstanceOfSatisfying(EgovServiceException.class, e -> assertThat(e.statusCode())
                            .isEqualTo(401))
                    .hasMessageNotContaining("at-vneid-1");
        }
    }
}
