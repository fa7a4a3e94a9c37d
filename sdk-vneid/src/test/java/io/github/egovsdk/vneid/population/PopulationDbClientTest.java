package io.github.egovsdk.vneid.population;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.auth.OAuth2ClientCredentials;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The population-database check against WireMock in the provincial adapter's shapes (reference §7.2): JSON request
 * with {@code HoVaTen} in the adapter's name form, {@code {"error_code","message":"<SOAP CongdanCollection>"}} reply,
 * OAuth2 client-credentials tokens from core that expire and are renewed.
 */
class PopulationDbClientTest {
    static final String PATH = "/apiCSDLDanCu/ChiaSeThongTinCongDan";
    static final String ID = "001099012345";
    static final LocalDate DOB = LocalDate.of(1999, 1, 1);
    static final LookupContext WHO = new LookupContext("CB-0042", "Tiếp nhận hồ sơ H27.5-250101-0001");
    WireMockServer gateway;
    MutableClock clock;
    OAuth2ClientCredentials oauth;
    final List<AuditRecord> audit = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        gateway = new WireMockServer(wireMockConfig().dynamicPort());
        gateway.start();
        clock = new MutableClock();
        gateway.stubFor(post("/oauth2/token")
                .inScenario("tokens")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":300}"))
                .willSetStateTo("second"));
        gateway.stubFor(post("/oauth2/token")
                .inScenario("tokens")
                .whenScenarioStateIs("second")
                .willReturn(okJson("{\"access_token\":\"tok-2\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        oauth = OAuth2ClientCredentials.builder()
                .tokenEndpoint(gateway.baseUrl() + "/oauth2/token")
                .clientId("motcua-bn")
                .clientSecret("lgsp-secret-KHONG-DUNG-THAT")
                .clock(clock)
                .build();
    }

    @AfterEach
    void stop() {
        oauth.close();
        gateway.stop();
    }

    PopulationDbClient client() {
        return PopulationDbClient.builder()
                .endpoint(gateway.baseUrl() + "/apiCSDLDanCu")
                .credentials(oauth)
                .clock(clock)
                .integrationCode("027")
                .serviceCode("DVC-BN")
                .auditHook(audit::add)
                .build();
    }

    static String reply(String congDan) {
        String soap = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<CongdanCollection xmlns=\"http://www.mic.gov.vn/dancu/1.0\" SoCongDan=\""
                + (congDan.isEmpty() ? 0 : 1) + "\" id=\"x\">" + congDan + "</CongdanCollection></soap:Body>"
                + "</soap:Envelope>";
        return EgovJson.mapper()
                .createObjectNode()
                .put("error_code", 0)
                .put("message", soap)
                .toString();
    }

    static String congDan(String id, String cmnd, String birth) {
        return "<CongDan><SoDinhDanh>" + id + "</SoDinhDanh><SoCMND>" + cmnd + "</SoCMND><HoVaTen><Ho>Nguyễn</Ho>"
                + "<ChuDem>Văn</ChuDem><Ten>Thử</Ten></HoVaTen><GioiTinh>1</GioiTinh><NgayThangNamSinh>" + birth
                + "</NgayThangNamSinh><ThuongTru><MaTinhThanh>27</MaTinhThanh></ThuongTru></CongDan>";
    }

    void stubLookup(String body) {
        gateway.stubFor(post(PATH).willReturn(okJson(body)));
    }

    JsonNode sentBody(int index) {
        return EgovJson.tryParse(gateway.findAll(postRequestedFor(urlPathEqualTo(PATH)))
                .get(index)
                .getBodyAsString());
    }

    @Test
    void verify_whenRecordMatches_returnsMatchSendsTheAdapterShapeAndAuditsWithoutPersonalData() {
        stubLookup(reply(congDan(ID, "", "<Nam>1999</Nam><NgayThangNam>19990101</NgayThangNam>")));
        try (PopulationDbClient c = client()) {
            CitizenVerification r = c.verify(CitizenQuery.byPersonalId(ID, "nguyễn văn THỬ", DOB), WHO);

            assertThat(r.outcome()).isEqualTo(VerificationOutcome.MATCH);
            JsonNode sent = sentBody(0);
            assertThat(sent.path("HoVaTen").asString()).isEqualTo("NGUYENVANTHU");
            assertThat(sent.path("SoDinhDanh").asString()).isEqualTo(ID);
            assertThat(sent.path("SoCMND").asString()).isEmpty();
            assertThat(sent.path("NgayThangNam").asString()).isEqualTo("19990101");
            assertThat(sent.path("Nam").asString()).isEqualTo("1999");
            assertThat(sent.path("MaTichHop").asString()).isEqualTo("027");
            assertThat(sent.path("MaDVC").asString()).isEqualTo("DVC-BN");
            assertThat(sent.path("MaCanBo").asString()).isEqualTo("CB-0042");
            assertThat(sent.path("MaYeuCau").asString()).isEqualTo(r.requestId());
            gateway.verify(postRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer tok-1")));
            assertThat(audit).singleElement().satisfies(a -> {
                assertThat(a.requestId()).isEqualTo(r.requestId());
                assertThat(a.requestedBy()).isEqualTo("CB-0042");
                assertThat(a.purpose()).isEqualTo(WHO.purpose());
                assertThat(a.outcome()).isEqualTo(AuditRecord.Outcome.MATCH);
                assertThat(a.at()).isEqualTo(clock.instant());
                assertThat(a.toString()).doesNotContain(ID, "Nguyễn", "NGUYEN", "1999");
            });
        }
    }

    @Test
    void verify_whenDateOfBirthDiffers_returnsNoMatch() {
        stubLookup(reply(congDan(ID, "", "<Nam>1999</Nam><NgayThangNam>19990102</NgayThangNam>")));
        try (PopulationDbClient c = client()) {
            assertThat(c.verify(CitizenQuery.byPersonalId(ID, "Nguyễn Văn Thử", DOB), WHO)
                            .outcome())
                    .isEqualTo(VerificationOutcome.NO_MATCH);
        }
        assertThat(audit).singleElement().extracting(AuditRecord::outcome).isEqualTo(AuditRecord.Outcome.NO_MATCH);
    }

    @Test
    void verify_whenNameDiffersBeyondCaseAndDiacritics_returnsNoMatch() {
        stubLookup(reply(congDan(ID, "", "<Nam>1999</Nam><NgayThangNam>19990101</NgayThangNam>")));
        try (PopulationDbClient c = client()) {
            assertThat(c.verify(CitizenQuery.byPersonalId(ID, "Nguyễn Văn Thu", DOB), WHO)
                            .matches())
                    .isTrue();
            assertThat(c.verify(CitizenQuery.byPersonalId(ID, "Nguyễn Văn Thủy", DOB), WHO)
                            .matches())
                    .isFalse();
        }
    }

    @Test
    void verify_whenNoRecord_returnsNoMatch() {
        stubLookup(reply(""));
        try (PopulationDbClient c = client()) {
            assertThat(c.verify(CitizenQuery.byPersonalId(ID, "Nguyễn Văn Thử", DOB), WHO)
                            .matches())
                    .isFalse();
        }
    }

    @Test
    void verify_whenByOldCmnd_sendsSoCmndAndMatchesOnIt() {
        stubLookup(reply(congDan("", "012345678", "<Nam>1999</Nam><NgayThangNam>19990101</NgayThangNam>")));
        try (PopulationDbClient c = client()) {
            CitizenVerification r = c.verify(CitizenQuery.byLegacyId("012345678", "Nguyễn Văn Thử", DOB), WHO);

            assertThat(r.matches()).isTrue();
            assertThat(sentBody(0).path("SoCMND").asString()).isEqualTo("012345678");
            assertThat(sentBody(0).path("SoDinhDanh").asString()).isEmpty();
        }
    }

    @Test
    void verify_whenRecordHasBirthYearOnly_comparesTheYear() {
        stubLookup(reply(congDan(ID, "", "<Nam>1999</Nam>")));
        try (PopulationDbClient c = client()) {
            assertThat(c.verify(CitizenQuery.byPersonalId(ID, "Nguyễn Văn Thử", DOB), WHO)
                            .matches())
                    .isTrue();
            assertThat(c.verify(CitizenQuery.byPersonalId(ID, "Nguyễn Văn Thử", DOB.minusYears(1)), WHO)
                            .matches())
                    .isFalse();
        }
    }

    @Test
    void verify_whenGatewayReportsAnError_throwsServiceExceptionAndAuditsTheError() {
        stubLookup("{\"error_code\":-1,\"message\":\"Thiếu trường bắt buộc MaCanBo\"}");
        try (PopulationDbClient c = client()) {
            assertThatThrownBy(() -> c.verify(CitizenQuery.byPersonalId(ID, "Nguyễn Văn Thử", DOB), WHO))
                    .isInstanceOfSatisfying(EgovServiceException.class, e -> {
                        assertThat(e.serviceErrorCode()).contains("-1");
                        assertThat(e.serviceMessage())
                                .hasValueSatisfying(m -> assertThat(m).contains("MaCanBo"));
                        assertThat(e.getMessage()).doesNotContain(ID);
                    });
        }
        assertThat(audit).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(AuditRecord.Outcome.ERROR);
            assertThat(a.errorCode()).contains("-1");
        });
    }

    @Test
    void verify_whenGatewayAnswersHttp500_throwsServiceExceptionAndAuditsTheError() {
        gateway.stubFor(post(PATH).willReturn(aResponse().withStatus(500).withBody("Lỗi hệ thống")));
        try (PopulationDbClient c = client()) {
            assertThatThrownBy(() -> c.verify(CitizenQuery.byPersonalId(ID, "Nguyễn Văn Thử", DOB), WHO))
                    .isInstanceOfSatisfying(EgovServiceException.class, e -> assertThat(e.statusCode())
                            .isEqualTo(500));
        }
        assertThat(audit).singleElement().extracting(AuditRecord::outcome).isEqualTo(AuditRecord.Outcome.ERROR);
    }

    @Test
    void verify_whenAccessTokenExpires_fetchesANewOneBeforeTheNextCall() {
        stubLookup(reply(congDan(ID, "", "<Nam>1999</Nam><NgayThangNam>19990101</NgayThangNam>")));
        try (PopulationDbClient c = client()) {
            c.verify(CitizenQuery.byPersonalId(ID, "Nguyễn Văn Thử", DOB), WHO);
            c.verify(CitizenQuery.byPersonalId(ID, "Nguyễn Văn Thử", DOB), WHO);
            clock.advance(Duration.ofMinutes(10));
            c.verify(CitizenQuery.byPersonalId(ID, "Nguyễn Văn Thử", DOB), WHO);
        }
        gateway.verify(
                2,
                postRequestedFor(urlPathEqualTo("/oauth2/token"))
                        .withRequestBody(equalTo("grant_type=client_credentials")));
        List<String> bearers = gateway.findAll(postRequestedFor(urlPathEqualTo(PATH))).stream()
                .map(r -> r.getHeader("Authorization"))
                .toList();
        assertThat(bearers).containsExactly("Bearer tok-1", "Bearer tok-1", "Bearer tok-2");
    }

    @Test
    void verify_whenGatewayRejectsTheTokenWith401_retriesOnceWithAFreshToken() {
        gateway.stubFor(post(PATH)
                .withHeader("Authorization", equalTo("Bearer tok-1"))
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"invalid_token\"}")));
        gateway.stubFor(post(PATH)
                .withHeader("Authorization", equalTo("Bearer tok-2"))
                .willReturn(okJson(reply(congDan(ID, "", "<Nam>1999</Nam><NgayThangNam>19990101</NgayThangNam>")))));
        try (PopulationDbClient c = client()) {
            assertThat(c.verify(CitizenQuery.byPersonalId(ID, "Nguyễn Văn Thử", DOB), WHO)
                            .matches())
                    .isTrue();
        }
        gateway.verify(2, postRequestedFor(urlPathEqualTo("/oauth2/token")));
        assertThat(sentBody(0).path("MaYeuCau").asString())
                .isEqualTo(sentBody(1).path("MaYeuCau").asString());
    }
}
