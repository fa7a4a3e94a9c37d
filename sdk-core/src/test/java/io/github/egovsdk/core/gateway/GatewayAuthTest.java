package io.github.egovsdk.core.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.auth.RequestSigner;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each auth style against a WireMock server that accepts only that style's headers and token call. */
class GatewayAuthTest {
    static final LgspKeys KEYS = new LgspKeys("ak-sandbox", "sk-KHONG-DUNG-THAT", "MotCua", "000.00.00.H27", "");
    private WireMockServer server;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T01:00:00Z"));

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private URI url(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private int call(Gateway gateway, String service) {
        try (HttpPipeline p = HttpPipeline.create(ClientConfig.builder()
                        .endpoint(gateway.endpointOf(service))
                        .credentials(gateway.credentials())
                        .clock(clock)
                        .build());
                HttpResponse r = p.send(HttpRequest.builder(HttpMethod.POST, gateway.endpointOf(service))
                        .body(RequestBody.ofString("<x/>", gateway.soapContentType()))
                        .idempotencyKey("k")
                        .build())) {
            return r.statusCode();
        }
    }

    @Test
    void lgspAccessToken_whenTokenThenData_sendsBearerAndKeysOnEveryCall() {
        String keys = KEYS.headerValue();
        server.stubFor(post(urlEqualTo("/lgsp/token"))
                .withHeader("lgspaccesstoken", equalTo(keys))
                .withRequestBody(equalTo("grant_type=client_credentials"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .willReturn(okJson("{\"access_token\":\"at-A-1\",\"expires_in\":3600}")));
        server.stubFor(post(urlEqualTo("/lgsp/qldc/tracuu"))
                .withHeader("Authorization", equalTo("Bearer at-A-1"))
                .withHeader("lgspaccesstoken", equalTo(keys))
                .withHeader("AuthHash", absent())
                .willReturn(aResponse().withStatus(200)));
        Gateway g = Gateway.builder()
                .baseUri(server.baseUrl() + "/lgsp")
                .paths(GatewayPaths.configKeys(Map.of("getToken", "token", "TraCuuThongTinCongDan", "qldc/tracuu")))
                .credentials(GatewayAuth.builder().clock(clock).lgspAccessToken(url("/lgsp/token"), KEYS))
                .build();
        assertThat(call(g, "TraCuuThongTinCongDan")).isEqualTo(200);
        assertThat(call(g, "TraCuuThongTinCongDan")).isEqualTo(200);
        server.verify(1, postRequestedFor(urlEqualTo("/lgsp/token")));
        String json = new String(Base64.getDecoder().decode(keys), StandardCharsets.UTF_8);
        assertThat(json)
                .startsWith("{\"AccessKey\":\"ak-sandbox\",\"SecretKey\":")
                .contains("\"PartnerCodeCus\"");
        assertThat(g.credentials().toString()).doesNotContain("sk-KHONG").doesNotContain("at-A-1");
    }

    @Test
    void lgspAccessToken_whenOfficerGiven_addsAuthHash() {
        server.stubFor(post(urlEqualTo("/token")).willReturn(okJson("{\"access_token\":\"at-A-2\"}")));
        server.stubFor(post(urlEqualTo("/XacMinhThongTinChuHo"))
                .withHeader("AuthHash", equalTo(Base64.getEncoder().encodeToString("canbo01:pass01".getBytes())))
                .withHeader("Authorization", equalTo("Bearer at-A-2"))
                .willReturn(aResponse().withStatus(200)));
        Gateway g = Gateway.builder()
                .baseUri(server.baseUrl())
                .credentials(
                        GatewayAuth.builder().clock(clock).lgspAccessToken(url("/token"), KEYS, "canbo01", "pass01"))
                .build();
        assertThat(call(g, "XacMinhThongTinChuHo")).isEqualTo(200);
    }

    @Test
    void clientCredentials_whenTokenExpires_fetchesANewOne() {
        server.stubFor(post(urlEqualTo("/token"))
                .withRequestBody(equalTo("grant_type=client_credentials&client_id=dvc-app&client_secret=s%26cret"))
                .inScenario("t")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("second")
                .willReturn(okJson("{\"access_token\":\"at-B-1\",\"scope\":\"default\",\"token_type\":\"Bearer\","
                        + "\"expires_in\":600}")));
        server.stubFor(post(urlEqualTo("/token"))
                .inScenario("t")
                .whenScenarioStateIs("second")
                .willReturn(okJson("{\"access_token\":\"at-B-2\",\"expires_in\":600}")));
        server.stubFor(post(urlPathEqualTo("/consumer/Document/SyncDocument"))
                .withHeader("Authorization", matching("Bearer at-B-[12]"))
                .willReturn(aResponse().withStatus(200)));
        Gateway g = Gateway.builder()
                .baseUri(server.baseUrl() + "/consumer/")
                .paths(GatewayPaths.template("Document/{service}"))
                .credentials(GatewayAuth.builder().clock(clock).clientCredentials(url("/token"), "dvc-app", "s&cret"))
                .build();
        call(g, "SyncDocument");
        clock.advance(Duration.ofMinutes(11));
        call(g, "SyncDocument");
        List<LoggedRequest> data = server.findAll(postRequestedFor(urlPathEqualTo("/consumer/Document/SyncDocument")));
        assertThat(data)
                .extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer at-B-1", "Bearer at-B-2");
    }

    @Test
    void clientCredentials_whenDataCallAnswers401_renewsOnceAndSucceeds() {
        server.stubFor(post(urlEqualTo("/token"))
                .inScenario("t")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("second")
                .willReturn(okJson("{\"access_token\":\"at-old\",\"expires_in\":600}")));
        server.stubFor(post(urlEqualTo("/token"))
                .inScenario("t")
                .whenScenarioStateIs("second")
                .willReturn(okJson("{\"access_token\":\"at-new\",\"expires_in\":600}")));
        server.stubFor(post(urlEqualTo("/op"))
                .withHeader("Authorization", equalTo("Bearer at-old"))
                .willReturn(aResponse().withStatus(401)));
        server.stubFor(post(urlEqualTo("/op"))
                .withHeader("Authorization", equalTo("Bearer at-new"))
                .willReturn(aResponse().withStatus(200)));
        Gateway g = Gateway.builder()
                .baseUri(server.baseUrl())
                .credentials(GatewayAuth.builder().clock(clock).clientCredentials(url("/token"), "id", "secret"))
                .build();
        assertThat(call(g, "op")).isEqualTo(200);
    }

    @Test
    void base64JsonAuthorization_whenHcmEsbShape_sendsKeysWithoutScheme() {
        server.stubFor(post(urlEqualTo("/TraCuuThongTinDoanhNghiep"))
                .withHeader("Authorization", equalTo(KEYS.headerValue()))
                .willReturn(aResponse().withStatus(200)));
        Gateway g = Gateway.builder()
                .baseUri(server.baseUrl())
                .paths(GatewayPaths.hcmEsb())
                .credentials(GatewayAuth.base64JsonAuthorization(KEYS))
                .build();
        assertThat(call(g, "TraCuuThongTinDoanhNghiep")).isEqualTo(200);
        assertThat(GatewayPaths.hcmEsb().defaultBase()).contains(URI.create("https://hcmesb.tphcm.gov.vn/"));
    }

    @Test
    void authHeaderToken_whenUnderFiveMinutesLeft_renews() {
        String auth = Base64.getEncoder().encodeToString((b64("dt-user") + ":" + b64("dt-pass")).getBytes());
        server.stubFor(post(urlEqualTo("/api/v1/Authentication/Token"))
                .withHeader("Auth", equalTo(auth))
                .inScenario("t")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("second")
                .willReturn(okJson(
                        "{\"token\":\"at-D-1\",\"refreshToken\":\"rt\",\"expiryDate\":" + "\"2026-01-05T08:10:00\"}")));
        server.stubFor(post(urlEqualTo("/api/v1/Authentication/Token"))
                .inScenario("t")
                .whenScenarioStateIs("second")
                .willReturn(okJson("{\"token\":\"at-D-2\",\"refreshToken\":\"rt\",\"expiryDate\":"
                        + "\"2026-01-05T09:10:00+07:00\"}")));
        server.stubFor(post(urlEqualTo("/api/op")).willReturn(aResponse().withStatus(200)));
        Gateway g = Gateway.builder()
                .baseUri(server.baseUrl())
                .paths(GatewayPaths.dongThap().with("op", "api/op"))
                .credentials(GatewayAuth.builder()
                        .clock(clock)
                        .authHeaderToken(url("/api/v1/Authentication/Token"), "dt-user", "dt-pass"))
                .build();
        assertThat(g.tokenEndpoint().getPath()).isEqualTo("/api/v1/Authentication/Token");
        call(g, "op");
        clock.advance(Duration.ofMinutes(4)); // 08:04 local: 6 min left, keep
        call(g, "op");
        clock.advance(Duration.ofMinutes(2)); // 08:06: 4 min left, renew
        call(g, "op");
        assertThat(server.findAll(postRequestedFor(urlEqualTo("/api/op"))))
                .extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer at-D-1", "Bearer at-D-1", "Bearer at-D-2");
    }

    @Test
    void xRoad_whenCalled_signsUrlUserTimestampAndSecret() {
        server.stubFor(post(urlEqualTo("/ws/")).willReturn(aResponse().withStatus(200)));
        Gateway g = Gateway.builder()
                .baseUri(server.baseUrl())
                .paths(GatewayPaths.ndxpSoapServlet())
                .credentials(GatewayAuth.builder()
                        .clock(clock)
                        .xRoad("vpcp-user", "xr-secret", "VN/GOV/000.00.00.H27/MOTCUA", "api-key-1"))
                .build();
        call(g, "XacThucThongTinCongDan");
        LoggedRequest r = server.findAll(postRequestedFor(urlEqualTo("/ws/"))).get(0);
        String ts = r.getHeader("Timestamp");
        assertThat(ts).isEqualTo(String.valueOf(clock.millis()));
        String expected = XRoadSigner.hash(server.baseUrl() + "/ws/", "vpcp-user", ts, "xr-secret");
        assertThat(new String(
                        Base64.getDecoder().decode(r.getHeader("Authorization").substring(6))))
                .isEqualTo("vpcp-user:" + expected);
        assertThat(r.getHeader("X-Road-Client")).isEqualTo("VN/GOV/000.00.00.H27/MOTCUA");
        assertThat(r.getHeader("ApiKey")).isEqualTo("api-key-1");
        assertThat(r.getHeader("SOAPAction")).isEqualTo("\"\"");
        assertThat(r.getHeader("Content-Type")).startsWith("application/xml");
    }

    @Test
    void bearer_whenStaticOrDynamic_sendsTheToken() {
        server.stubFor(post(urlEqualTo("/auth"))
                .withRequestBody(equalTo("{\"username\":\"u\",\"password\":\"p\"}"))
                .willReturn(okJson("{\"token\":\"at-G-dyn\"}")));
        server.stubFor(post(urlEqualTo("/LLTP"))
                .withHeader("Authorization", matching("Bearer at-G-(static|dyn)"))
                .willReturn(aResponse().withStatus(200)));
        Gateway st = Gateway.builder()
                .baseUri(server.baseUrl())
                .credentials(GatewayAuth.staticBearer("at-G-static"))
                .build();
        Gateway dyn = Gateway.builder()
                .baseUri(server.baseUrl())
                .credentials(GatewayAuth.builder().dynamicBearer(url("/auth"), "u", "p"))
                .build();
        assertThat(call(st, "LLTP")).isEqualTo(200);
        assertThat(call(dyn, "LLTP")).isEqualTo(200);
    }

    @Test
    void tokenCall_whenReplyHasNoToken_throwsServiceException() {
        server.stubFor(post(urlEqualTo("/token")).willReturn(okJson("{\"error\":\"invalid_client\"}")));
        RequestSigner s = GatewayAuth.builder().clientCredentials(url("/token"), "id", "bad");
        Gateway g = Gateway.builder().baseUri(server.baseUrl()).credentials(s).build();
        assertThatThrownBy(() -> call(g, "op"))
                .isInstanceOf(EgovServiceException.class)
                .hasMessageContaining("invalid_token_response")
                .hasMessageNotContaining("bad");
    }

    @Test
    void adapter_whenStyleF_sendsNoAuthorization() {
        server.stubFor(post(urlEqualTo("/ChiaSeThongTinCongDan"))
                .withHeader("Authorization", absent())
                .willReturn(aResponse().withStatus(200)));
        Gateway g = Gateway.builder()
                .baseUri(server.baseUrl())
                .credentials(GatewayAuth.adapterHoldsCredentials())
                .build();
        assertThat(call(g, "ChiaSeThongTinCongDan")).isEqualTo(200);
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
