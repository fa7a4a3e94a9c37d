package io.github.egovsdk.vneid.login;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEObjectType;
import io.github.egovsdk.core.auth.OAuth2ClientCredentials;
import io.github.egovsdk.core.vn.PersonalIdNumber;
import io.github.egovsdk.vneid.population.CitizenQuery;
import io.github.egovsdk.vneid.population.PopulationDbClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;

/**
 * Runs every login and check of this module with wire logging on and the SDK at DEBUG, and asserts that no personal
 * ID, token, authorization code, client secret or encryption key reaches the log.
 */
class LoginLoggingNoLeakTest {
    static final String ID = "001099012345";
    static final String SSO_SECRET = "sso-secret-Qx81";
    static final String VNEID_SECRET = "vneid-secret-Hd27";
    static final String GATEWAY_SECRET = "gateway-secret-Mn55";
    static final String VNEID_CODE = "c0de+with+plus-7f3e";
    static final String VNEID_TOKEN = "vneid-access-token-Tr9";
    static final String GATEWAY_TOKEN = "gateway-token-Bb3";

    @Test
    void loginsAndChecks_whenWireLoggingAtDebug_logNoIdTokenCodeOrSecret() throws Exception {
        MockOAuth2Server oidc = new MockOAuth2Server();
        WireMockServer stubs = new WireMockServer(wireMockConfig().dynamicPort());
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String ssoCode;
        String ssoIdToken;
        try {
            oidc.start();
            stubs.start();
            oidc.enqueueCallback(new DefaultOAuth2TokenCallback("default", "sub-1", JOSEObjectType.JWT.getType(),
                    List.of("client-1"), Map.of("SoDinhDanh", ID, "loAs", "LoA2"), 3600));
            stubs.stubFor(post("/vneid/token").willReturn(okJson("{\"access_token\":\"" + VNEID_TOKEN + "\"}")));
            stubs.stubFor(get("/vneid/userinfo").willReturn(okJson("{\"citizenPid\":\"" + ID
                    + "\",\"fullName\":\"Nguyễn Văn Thử\",\"accountLevel\":2}")));
            stubs.stubFor(post("/gw/token").willReturn(okJson("{\"access_token\":\"" + GATEWAY_TOKEN
                    + "\",\"expires_in\":3600}")));
            stubs.stubFor(post("/gw/ChiaSeThongTinCongDan").willReturn(okJson(PopulationDbClientShapes.reply(ID))));
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));

            try (PortalSsoClient sso = PortalSsoClient.builder().endpoint(oidc.issuerUrl("default").toString())
                    .clientId("client-1").clientSecret(SSO_SECRET).redirectUri(URI.create("https://a.example/cb"))
                    .wireLogging(true).build()) {
                LoginRequest login = sso.startLogin();
                HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        login.authorizationUri()).build(), HttpResponse.BodyHandlers.discarding());
                String callback = r.headers().firstValue("Location").orElseThrow();
                ssoCode = callback.replaceAll(".*[?&]code=([^&]+).*", "$1");
                assertThat(sso.completeLogin(login, callback).isLevel2()).isTrue();
            }
            try (VneidLoginClient vneid = VneidLoginClient.builder().endpoint(stubs.baseUrl() + "/vneid")
                    .clientId("client-2").clientSecret(VNEID_SECRET).redirectUri(URI.create("https://a.example/cb"))
                    .wireLogging(true).build()) {
                LoginRequest login = vneid.startLogin();
                assertThat(vneid.completeLogin(login, "code=" + VNEID_CODE + "&state=" + login.state())
                        .isLevel2()).isTrue();
            }
            try (OAuth2ClientCredentials oauth = OAuth2ClientCredentials.builder().tokenEndpoint(stubs.baseUrl()
                    + "/gw/token").clientId("motcua").clientSecret(GATEWAY_SECRET).build();
                    PopulationDbClient db = PopulationDbClient.builder().endpoint(stubs.baseUrl() + "/gw")
                            .credentials(oauth).serviceCode("1.000001").wireLogging(true).build()) {
                assertThat(db.verify(CitizenQuery.byPersonalId(PersonalIdNumber.of(ID), "Nguyễn Văn Thử", null),
                        "MOTCUA-01", "kiểm tra").matched()).isTrue();
            }
            ssoIdToken = "eyJ"; // every JWT starts so; none may appear whole
        } finally {
            System.setErr(originalErr);
            stubs.stop();
            oidc.shutdown();
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("--> POST", "/default/token", "/vneid/userinfo", "ChiaSeThongTinCongDan");
        assertThat(log).doesNotContain(ID, SSO_SECRET, VNEID_SECRET, GATEWAY_SECRET, VNEID_CODE, VNEID_TOKEN,
                GATEWAY_TOKEN, ssoCode);
        assertThat(log).doesNotContainPattern(ssoIdToken + "[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.");
    }
}
