package io.github.egovsdk.vneid.population;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.auth.OAuth2ClientCredentials;
import io.github.egovsdk.core.vn.LegacyIdNumber;
import io.github.egovsdk.core.vn.PersonalIdNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The provincial JSON adapter of the population DB, stubbed in the reference's shapes (§7.2). */
class PopulationDbClientTest {
    static final String ID = "001099012345";

    @RegisterExtension
    static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    final List<AuditRecord> audit = new CopyOnWriteArrayList<>();

    static String reply(String id, String cmnd, String ho, String chuDem, String ten, String ngay, String nam) {
        String soap = "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Body>"
                + "<CongdanCollection xmlns='http://www.mic.gov.vn/dancu/1.0' SoCongDan='1' id='r'><CongDan>"
                + "<SoDinhDanh>" + id + "</SoDinhDanh><SoCMND>" + cmnd + "</SoCMND><HoVaTen><Ho>" + ho + "</Ho><ChuDem>"
                + chuDem + "</ChuDem><Ten>" + ten + "</Ten></HoVaTen><NgayThangNamSinh><Nam>" + nam + "</Nam>"
                + "<NgayThangNam>" + ngay + "</NgayThangNam></NgayThangNamSinh><DanToc>01</DanToc></CongDan>"
                + "</CongdanCollection></soap:Body></soap:Envelope>";
        return "{\"error_code\":0,\"message\":\"" + soap.replace("\"", "\\\"") + "\"}";
    }

    static final String EMPTY = "{\"error_code\":0,\"message\":\"<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org"
            + "/soap/envelope/'><soap:Body><CongdanCollection xmlns='http://www.mic.gov.vn/dancu/1.0' SoCongDan='0'/>"
            + "</soap:Body></soap:Envelope>\"}";

    PopulationDbClient client(OAuth2ClientCredentials credentials) {
        PopulationDbClient.Builder b = PopulationDbClient.builder().endpoint(gateway.baseUrl() + "/apiCSDLDanCu")
                .serviceCode("1.000001").auditHook(audit::add);
        return (credentials == null ? b : b.credentials(credentials)).build();
    }

    @Test
    void verify_whenNumberNameAndBirthDateMatch_returnsMatchAndAuditsWithoutPersonalData() {
        gateway.stubFor(post("/apiCSDLDanCu/ChiaSeThongTinCongDan")
                .withRequestBody(matchingJsonPath("$.HoVaTen", equalTo("NGUYENVANTHU")))
                .withRequestBody(matchingJsonPath("$.SoDinhDanh", equalTo(ID)))
                .withRequestBody(matchingJsonPath("$.MaTichHop", equalTo("037")))
                .willReturn(okJson(reply(ID, "", "NGUYỄN", "VĂN", "THỬ", "19990101", "1999"))));
        try (PopulationDbClient db = client(null)) {
            CitizenCheck r = db.verify(CitizenQuery.byPersonalId(PersonalIdNumber.of(ID), "Nguyễn Văn Thử",
                    LocalDate.of(1999, 1, 1)), "MOTCUA-01", "hồ sơ 000.00.00.H27-261123-0001");

            assertThat(r.outcome()).isEqualTo(CheckOutcome.MATCH);
            assertThat(r.failed()).isEmpty();
        }
        assertThat(audit).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(CheckOutcome.MATCH);
            assertThat(a.officerId()).isEqualTo("MOTCUA-01");
            assertThat(a.toString()).doesNotContain(ID, "Thử", "NGUYEN", "1999");
        });
    }

    @Test
    void verify_whenNameOrBirthDateDiffer_returnsNoMatchNamingTheChecks() {
        gateway.stubFor(post("/apiCSDLDanCu/ChiaSeThongTinCongDan")
                .willReturn(okJson(reply(ID, "", "Nguyễn", "Văn", "Khác", "19980101", "1998"))));
        try (PopulationDbClient db = client(null)) {
            CitizenCheck r = db.verify(CitizenQuery.byPersonalId(PersonalIdNumber.of(ID), "Nguyễn Văn Thử",
                    LocalDate.of(1999, 1, 1)), "MOTCUA-01", "kiểm tra");

            assertThat(r.outcome()).isEqualTo(CheckOutcome.NO_MATCH);
            assertThat(r.failed()).containsExactly("NAME", "DATE_OF_BIRTH");
        }
    }

    @Test
    void verify_whenNoRecordOrYearOnlyBirth_handlesBoth() {
        gateway.stubFor(post("/apiCSDLDanCu/ChiaSeThongTinCongDan").withRequestBody(matchingJsonPath("$.SoCMND",
                equalTo("123456789"))).willReturn(okJson(reply("", "123456789", "Lê", "Thị", "Năm", "", "1960"))));
        gateway.stubFor(post("/apiCSDLDanCu/ChiaSeThongTinCongDan").withRequestBody(matchingJsonPath("$.SoDinhDanh",
                equalTo(ID))).willReturn(okJson(EMPTY)));
        try (PopulationDbClient db = client(null)) {
            CitizenCheck byCmnd = db.verify(CitizenQuery.byLegacyId(LegacyIdNumber.of("123456789"), "Lê Thị Năm",
                    LocalDate.of(1960, 5, 5)), "MOTCUA-01", "kiểm tra");
            CitizenCheck unknown = db.verify(CitizenQuery.byPersonalId(PersonalIdNumber.of(ID), "Ai Đó", null),
                    "MOTCUA-01", "kiểm tra");

            assertThat(byCmnd.matched()).isTrue();
            assertThat(unknown.outcome()).isEqualTo(CheckOutcome.NO_MATCH);
            assertThat(unknown.failed()).containsExactly("NOT_FOUND");
        }
    }

    @Test
    void verify_whenAdapterReportsAnError_throwsWithItsCodeAndAuditsError() {
        gateway.stubFor(post("/apiCSDLDanCu/ChiaSeThongTinCongDan").willReturn(okJson(
                "{\"error_code\":\"-1\",\"message\":\"Hệ thống CSDL dân cư đang bảo trì\"}")));
        try (PopulationDbClient db = client(null)) {
            assertThatThrownBy(() -> db.verify(CitizenQuery.byPersonalId(PersonalIdNumber.of(ID), "Nguyễn Văn Thử",
                    null), "MOTCUA-01", "kiểm tra")).isInstanceOfSatisfying(EgovServiceException.class, e -> {
                        assertThat(e.serviceErrorCode()).contains("-1");
                        assertThat(e.serviceMessage()).contains("Hệ thống CSDL dân cư đang bảo trì");
                    });
        }
        assertThat(audit).singleElement().extracting(AuditRecord::outcome).isEqualTo(CheckOutcome.ERROR);
    }

    @Test
    void verify_whenGatewayNeedsOAuthAndResetsOnce_retriesWithTheSameRequestIdAndToken() {
        gateway.stubFor(post("/oauth2/token").willReturn(okJson("{\"access_token\":\"gw-token-1\",\"expires_in\":"
                + "3600}")));
        gateway.stubFor(post("/apiCSDLDanCu/ChiaSeThongTinCongDan").inScenario("reset")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("up"));
        gateway.stubFor(post("/apiCSDLDanCu/ChiaSeThongTinCongDan").inScenario("reset").whenScenarioStateIs("up")
                .withHeader("Authorization", equalTo("Bearer gw-token-1"))
                .willReturn(okJson(reply(ID, "", "Nguyễn", "Văn", "Thử", "19990101", "1999"))));
        try (OAuth2ClientCredentials oauth = OAuth2ClientCredentials.builder()
                .tokenEndpoint(gateway.baseUrl() + "/oauth2/token").clientId("motcua").clientSecret("gw-secret")
                .build(); PopulationDbClient db = client(oauth)) {
            CitizenCheck r = db.verify(CitizenQuery.byPersonalId(PersonalIdNumber.of(ID), "Nguyễn Văn Thử", null),
                    "MOTCUA-01", "kiểm tra");

            assertThat(r.matched()).isTrue();
        }
        List<String> ids = gateway.findAll(postRequestedFor(urlPathEqualTo("/apiCSDLDanCu/ChiaSeThongTinCongDan")))
                .stream().map(req -> req.getBodyAsString().replaceAll(".*\"MaYeuCau\":\"([^\"]+)\".*", "$1")).toList();
        assertThat(ids).hasSize(2).containsOnly(ids.get(0));
    }

    @Test
    void verify_whenOfficerOrPurposeMissing_refusesBeforeCalling() {
        try (PopulationDbClient db = client(null)) {
            assertThatThrownBy(() -> db.verify(CitizenQuery.byPersonalId(PersonalIdNumber.of(ID), "A B", null), " ",
                    "x")).hasMessageContaining("officer");
        }
        assertThat(gateway.getAllServeEvents()).isEmpty();
        assertThat(CitizenQuery.byPersonalId(PersonalIdNumber.of(ID), "Nguyễn Văn Thử", LocalDate.of(1999, 1, 1))
                .toString()).doesNotContain(ID, "Thử", "1999");
    }
}
