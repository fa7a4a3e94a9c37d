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
import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.auth.OAuth2ClientCredentials;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.vneid.population.CitizenQuery;
import io.github.egovsdk.vneid.population.LookupContext;
import io.github.egovsdk.vneid.population.PopulationDbClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;

/**
 * Runs every flow of this package and the population check with SDK logging at DEBUG and wire logging on
 * ({@code simplelogger.properties}), captures everything written, and asserts that no personal ID, CMND, name,
 * authorization code, {@code encrypt_key}, token, PKCE verifier or client secret appears in clear (reference §15).
 */
class LoggingPrivacyTest {
    static final String ID = "001099012345";
    static final String CMND = "012345678";
    static final String NAME = "Nguyễn Văn Thử";
    static final String SSO_SECRET = "sso-secret-KHONG-DUNG-THAT-1";
    static final String VNEID_SECRET = "vneid-secret-KHONG-DUNG-THAT-2";
    static final String LGSP_SECRET = "lgsp-secret-KHONG-DUNG-THAT-3";
    static final URI CALLBACK = URI.create("https://motcua.example.gov.vn/callback");

    @Test
    void flows_whenLoggedAtDebugWithWireLogging_neverWritePersonalDataOrSecrets() throws Exception {
        List<String> secrets = new ArrayList<>(List.of(
                ID,
                CMND,
                NAME,
                "NGUYENVANTHU",
                SSO_SECRET,
                VNEID_SECRET,
                LGSP_SECRET,
                "at-vneid-secret-token",
                "lgsp-access-token-1"));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            portalFlow(secrets);
            vneidFlow(secrets);
            populationFlow();
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);

        // The capture works and the flows did log (else the assertions below would prove nothing).
        assertThat(log)
                .contains(
                        "Portal SSO login verified",
                        "VNeID login verified",
                        "Population lookup",
                        "io.github.egovsdk.wire",
                        "001******345");
        for (String s : secrets) {
            assertThat(log)
                    .as("log must not contain a secret or personal value (%d chars)", s.length())
                    .doesNotContain(s);
        }
        assertThat(log).doesNotContainPattern("eyJ[A-Za-z0-9_-]{10,}\\.");
    }

    private static void portalFlow(List<String> secrets) throws Exception {
        MockOAuth2Server oidc = new MockOAuth2Server();
        oidc.start();
        try (PortalSsoClient sso = PortalSsoClient.builder()
                .endpoint(oidc.issuerUrl("dvcqg").toString())
                .clientId("mot-cua")
                .clientSecret(SSO_SECRET)
                .redirectUri(CALLBACK)
                .wireLogging(true)
                .build()) {
            oidc.enqueueCallback(new DefaultOAuth2TokenCallback(
                    "dvcqg",
                    "sub-1",
                    JOSEObjectType.JWT.getType(),
                    List.of("mot-cua"),
                    Map.of("SoDinhDanh", ID, "SoCMND", CMND, "HoVaTen", NAME, "loAs", "LoA2"),
                    3600));
            LoginRequest login = sso.startLogin();
            secrets.add(login.codeVerifier());
            String callback = browse(login.authorizationUri());
            secrets.add(code(callback));
            assertThat(sso.completeLogin(login, callback).personalId()).isPresent();

            // A rejected login logs nothing secret either.
            LoginRequest second = sso.startLogin();
            oidc.enqueueCallback(new DefaultOAuth2TokenCallback(
                    "dvcqg",
                    "sub-1",
                    JOSEObjectType.JWT.getType(),
                    List.of("mot-cua"),
                    Map.of("SoDinhDanh", ID),
                    3600));
            String secondCallback = browse(second.authorizationUri());
            secrets.add(code(secondCallback));
            LoginRequest replay = new LoginRequest(
                    second.authorizationUri(),
                    second.state(),
                    "other-nonce",
                    second.codeVerifier(),
                    second.redirectUri());
            assertThatThrownBy(() -> sso.completeLogin(replay, secondCallback))
                    .isInstanceOf(LoginRejectedException.class);
        } finally {
            oidc.shutdown();
        }
    }

    private static void vneidFlow(List<String> secrets) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair keys = g.generateKeyPair();
        WireMockServer vneid = new WireMockServer(wireMockConfig().dynamicPort());
        vneid.start();
        try (VneidLoginClient c = VneidLoginClient.builder()
                .endpoint(vneid.baseUrl())
                .clientId("vneid-client")
                .clientSecret(VNEID_SECRET)
                .redirectUri(CALLBACK)
                .decryptionKey(keys.getPrivate())
                .wireLogging(true)
                .build()) {
            String plainCode = "9c1e7b44-4d1a-9e0f-1c2b3d4e5f60";
            VneidEncryption.Sealed code = VneidEncryption.sealWithPlus(plainCode, keys.getPublic(), false);
            secrets.addAll(List.of(plainCode, code.data(), code.key()));
            vneid.stubFor(post("/token")
                    .willReturn(okJson(VneidEncryption.envelope(
                            "{\"access_token\":\"at-vneid-secret-token\"}", keys.getPublic(), false))));
            vneid.stubFor(get("/userinfo")
                    .willReturn(okJson("{\"citizenPid\":\"" + ID + "\",\"fullName\":\"" + NAME
                            + "\",\"birthDate\":\"1999-01-01\",\"accountType\":1,\"accountLevel\":2}")));
            LoginRequest login = c.startLogin();

            c.completeLogin(login, "code=" + code.data() + "&encrypt_key=" + code.key() + "&state=" + login.state());

            // A token endpoint error body that echoes the secret and the code is redacted before any log.
            vneid.stubFor(post("/token")
                    .willReturn(aResponse()
                            .withStatus(400)
                            .withHeader("Content-Type", "application/json")
                            .withBody("{\"error\":\"invalid_grant\",\"client_secret\":\"" + VNEID_SECRET
                                    + "\",\"code\":\"" + plainCode + "\",\"citizenPid\":\"" + ID + "\"}")));
            LoginRequest again = c.startLogin();
            assertThatThrownBy(() -> c.completeLogin(
                            again, "code=" + code.data() + "&encrypt_key=" + code.key() + "&state=" + again.state()))
                    .isInstanceOf(EgovException.class);
        } finally {
            vneid.stop();
        }
    }

    private static void populationFlow() {
        WireMockServer lgsp = new WireMockServer(wireMockConfig().dynamicPort());
        lgsp.start();
        try (OAuth2ClientCredentials oauth = OAuth2ClientCredentials.builder()
                        .tokenEndpoint(lgsp.baseUrl() + "/token")
                        .clientId("motcua")
                        .clientSecret(LGSP_SECRET)
                        .httpConfig(ClientConfig.builder()
                                .endpoint(lgsp.baseUrl())
                                .wireLogging(true)
                                .build())
                        .build();
                PopulationDbClient db = PopulationDbClient.builder()
                        .endpoint(lgsp.baseUrl())
                        .credentials(oauth)
                        .integrationCode("027")
                        .serviceCode("DVC")
                        .auditHook(r -> {})
                        .wireLogging(true)
                        .build()) {
            lgsp.stubFor(post("/token")
                    .willReturn(okJson("{\"access_token\":\"lgsp-access-token-1\"," + "\"expires_in\":300}")));
            String soap = "<Envelope><Body><CongdanCollection SoCongDan=\"1\"><CongDan><SoDinhDanh>" + ID
                    + "</SoDinhDanh><HoVaTen><Ho>Nguyễn</Ho><ChuDem>Văn</ChuDem><Ten>Thử</Ten></HoVaTen>"
                    + "<NgayThangNamSinh><NgayThangNam>19990101</NgayThangNam></NgayThangNamSinh></CongDan>"
                    + "</CongdanCollection></Body></Envelope>";
            lgsp.stubFor(post("/ChiaSeThongTinCongDan")
                    .willReturn(okJson(EgovJson.mapper()
                            .createObjectNode()
                            .put("error_code", 0)
                            .put("message", soap)
                            .toString())));
            LookupContext who = new LookupContext("CB-1", "Kiểm tra hồ sơ");

            assertThat(db.verify(CitizenQuery.byPersonalId(ID, NAME, LocalDate.of(1999, 1, 1)), who)
                            .matches())
                    .isTrue();

            lgsp.stubFor(post("/ChiaSeThongTinCongDan")
                    .willReturn(aResponse()
                            .withStatus(500)
                            .withBody("{\"error_code\":-9,\"message\":\"Không tìm thấy công dân " + ID + " - " + CMND
                                    + "\"}")));
            assertThatThrownBy(() -> db.verify(CitizenQuery.byLegacyId(CMND, NAME, LocalDate.of(1999, 1, 1)), who))
                    .isInstanceOf(EgovException.class);
        } finally {
            lgsp.stop();
        }
    }

    private static String browse(URI authorization) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<Void> r =
                browser.send(HttpRequest.newBuilder(authorization).build(), HttpResponse.BodyHandlers.discarding());
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static String code(String callback) {
        return URLDecoder.decode(callback.replaceAll(".*[?&]code=([^&]+).*", "$1"), StandardCharsets.UTF_8);
    }
}
