package io.github.egovsdk.vneid.login;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.egovsdk.vneid.login.LoginRejectedException.Reason;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Direct VNeID login against WireMock stubs in the reference's shapes (§6), with a key pair made in the test. */
class VneidLoginClientTest {
    static final URI CALLBACK = URI.create("https://motcua.example.gov.vn/vneidsso/callback");
    static final String USER = "{\"citizenPid\":\"001099012345\",\"fullName\":\"Nguyễn Văn Thử\","
            + "\"birthDate\":\"1999-01-01\",\"accountType\":1,\"accountLevel\":2}";
    static KeyPair clientKeys;

    @RegisterExtension
    static WireMockExtension vneid = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        clientKeys = g.generateKeyPair();
    }

    VneidLoginClient.Builder builder() {
        return VneidLoginClient.builder().endpoint(vneid.baseUrl()).clientId("motcua-bn")
                .clientSecret("vneid-secret-KHONG-DUNG").redirectUri(CALLBACK).decryptionKey(clientKeys.getPrivate());
    }

    /** What VNeID does: a random AES key, RSA/PKCS1-wrapped for the client; the payload AES-encrypted. */
    static String[] encrypt(String plain, boolean cbc) throws Exception {
        byte[] aes = new byte[16];
        new SecureRandom().nextBytes(aes);
        Cipher c;
        byte[] out;
        if (cbc) {
            byte[] iv = new byte[16];
            new SecureRandom().nextBytes(iv);
            c = Cipher.getInstance("AES/CBC/PKCS5Padding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aes, "AES"), new IvParameterSpec(iv));
            byte[] body = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            out = Arrays.copyOf(iv, 16 + body.length);
            System.arraycopy(body, 0, out, 16, body.length);
        } else {
            c = Cipher.getInstance("AES/ECB/PKCS5Padding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aes, "AES"));
            out = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        }
        Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        rsa.init(Cipher.ENCRYPT_MODE, clientKeys.getPublic());
        return new String[] {Base64.getEncoder().encodeToString(out),
            Base64.getEncoder().encodeToString(rsa.doFinal(aes))};
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void completeLogin_whenPlainCode_exchangesFormEncodedAndMapsUserInfo() {
        vneid.stubFor(post("/token").withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(containing("code=a%2Bb.c")).willReturn(okJson("{\"access_token\":\"at-1\"}")));
        vneid.stubFor(get("/userinfo").withHeader("Authorization", equalTo("Bearer at-1")).willReturn(okJson(USER)));
        try (VneidLoginClient client = builder().build()) {
            LoginRequest login = client.startLogin();
            assertThat(login.authorizationUri().toString()).startsWith(vneid.baseUrl() + "/auth?response_type=code");

            // a raw '+' in the code must survive (frameworks turn it into a space)
            VerifiedIdentity who = client.completeLogin(login, CALLBACK + "?code=a+b.c&state=" + login.state());

            assertThat(who.source()).isEqualTo(IdentitySource.VNEID);
            assertThat(who.personalId()).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("001099012345"));
            assertThat(who.assuranceLevel()).isEqualTo(2);
            assertThat(who.accountType()).isEqualTo(AccountType.CITIZEN);
            assertThat(who.toString()).doesNotContain("001099012345", "Thử");
        }
    }

    @Test
    void completeLogin_whenCodeEncryptedWithEncryptKey_decryptsItBeforeTheTokenCall() throws Exception {
        String code = "3f2a9c1e-7b4d-4e11-9a0b-6c5d4e3f2a1b.8e7d6c5b-4a39-2817-0615-f4e3d2c1b0a9";
        String[] sealed = encrypt(code, false);
        vneid.stubFor(post("/token").withRequestBody(containing("code=" + enc(code)))
                .willReturn(okJson("{\"access_token\":\"at-2\"}")));
        vneid.stubFor(get("/userinfo").willReturn(okJson(USER)));
        try (VneidLoginClient client = builder().build()) {
            LoginRequest login = client.startLogin();

            VerifiedIdentity who = client.completeLogin(login, "code=" + enc(sealed[0]) + "&encrypt_key="
                    + enc(sealed[1]) + "&state=" + login.state());

            assertThat(who.isLevel2()).isTrue();
            vneid.verify(postRequestedFor(urlPathEqualTo("/token")).withRequestBody(containing("code=" + enc(code))));
        }
    }

    @Test
    void completeLogin_whenRawCodeStrategy_forwardsCodeAndEncryptKey() throws Exception {
        String[] sealed = encrypt("raw-guid", false);
        vneid.stubFor(post("/token").withRequestBody(containing("encrypt_key=" + enc(sealed[1])))
                .willReturn(okJson("{\"access_token\":\"at-3\"}")));
        vneid.stubFor(get("/userinfo").willReturn(okJson(USER)));
        try (VneidLoginClient client = builder().codeExchange(VneidLoginClient.CodeExchange.RAW_CODE_WITH_ENCRYPT_KEY)
                .build()) {
            LoginRequest login = client.startLogin();

            assertThat(client.completeLogin(login, "code=" + enc(sealed[0]) + "&encrypt_key=" + enc(sealed[1])
                    + "&state=" + login.state()).assuranceLevel()).isEqualTo(2);
            vneid.verify(postRequestedFor(urlPathEqualTo("/token")).withRequestBody(containing("code="
                    + enc(sealed[0]))));
        }
    }

    @Test
    void completeLogin_whenResponsesAreDataKeyEnvelopesInCbc_decryptsThem() throws Exception {
        String[] token = encrypt("{\"access_token\":\"at-4\",\"expires_in\":300}", true);
        String[] user = encrypt(USER, true);
        vneid.stubFor(post("/token").willReturn(okJson("{\"data\":\"" + token[0] + "\",\"key\":\"" + token[1]
                + "\"}")));
        vneid.stubFor(get("/userinfo").withHeader("Authorization", equalTo("Bearer at-4"))
                .willReturn(okJson("{\"data\":\"" + user[0] + "\",\"key\":\"" + user[1] + "\"}")));
        try (VneidLoginClient client = builder().aesCbc(true).build()) {
            LoginRequest login = client.startLogin();

            VerifiedIdentity who = client.completeLogin(login, "code=c&state=" + login.state());

            assertThat(who.fullName()).isEqualTo("Nguyễn Văn Thử");
        }
    }

    @Test
    void completeLogin_whenEncryptedWithAnotherKey_isRejectedAsUndecryptable() throws Exception {
        String[] sealed = encrypt("guid", false);
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        try (VneidLoginClient client = builder().decryptionKey(g.generateKeyPair().getPrivate()).build()) {
            LoginRequest login = client.startLogin();

            assertThatThrownBy(() -> client.completeLogin(login, "code=" + enc(sealed[0]) + "&encrypt_key="
                    + enc(sealed[1]) + "&state=" + login.state()))
                    .isInstanceOfSatisfying(LoginRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.DECRYPTION_FAILED))
                    .hasMessageNotContaining(sealed[0]);
        }
    }

    @Test
    void completeLogin_whenLevelOneAndLevelTwoRequired_isRejected() {
        vneid.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"at-5\"}")));
        vneid.stubFor(get("/userinfo").willReturn(okJson(USER.replace("\"accountLevel\":2", "\"accountLevel\":1"))));
        try (VneidLoginClient client = builder().minimumLevel(2).build()) {
            LoginRequest login = client.startLogin();

            assertThatThrownBy(() -> client.completeLogin(login, "code=c&state=" + login.state()))
                    .isInstanceOfSatisfying(LoginRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.LEVEL_TOO_LOW))
                    .hasMessageContaining("mức 1");
        }
    }

    @Test
    void completeLogin_whenStateMismatchOrNoCode_isRejectedWithoutCallingVneid() {
        try (VneidLoginClient client = builder().build()) {
            LoginRequest login = client.startLogin();

            assertThatThrownBy(() -> client.completeLogin(login, "code=c&state=other"))
                    .isInstanceOfSatisfying(LoginRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.STATE_MISMATCH));
            assertThatThrownBy(() -> client.completeLogin(login, "state=" + login.state()))
                    .isInstanceOfSatisfying(LoginRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_CODE));
            assertThat(vneid.getAllServeEvents()).isEmpty();
        }
    }

    @Test
    void completeLogin_whenTokenEndpointFails_throwsServiceErrorWithoutTheSecret() {
        vneid.stubFor(post("/token").willReturn(aResponse().withStatus(401).withHeader("Content-Type",
                "application/json").withBody("{\"error\":\"invalid_client\"}")));
        try (VneidLoginClient client = builder().build()) {
            LoginRequest login = client.startLogin();

            assertThatThrownBy(() -> client.completeLogin(login, "code=c&state=" + login.state()))
                    .isInstanceOf(io.github.egovsdk.core.EgovServiceException.class)
                    .hasMessageContaining("invalid_client").hasMessageNotContaining("vneid-secret");
        }
    }
}
