package io.github.egovsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.gateway.Gateway;
import io.github.egovsdk.core.gateway.GatewayAuth;
import io.github.egovsdk.core.gateway.GatewayPaths;
import io.github.egovsdk.core.gateway.GatewayStyle;
import io.github.egovsdk.core.gateway.LgspKeys;
import io.github.egovsdk.core.vn.Gender;
import io.github.egovsdk.health.BirthCertificateField;
import io.github.egovsdk.health.BirthDate;
import io.github.egovsdk.health.CardCheckRequest;
import io.github.egovsdk.health.CardCheckResult;
import io.github.egovsdk.health.CertificateReceipt;
import io.github.egovsdk.health.DrivingLicenceCertificate;
import io.github.egovsdk.health.EgwLogin;
import io.github.egovsdk.health.HealthAuthenticationException;
import io.github.egovsdk.health.HealthCertificateClient;
import io.github.egovsdk.health.HealthDocument;
import io.github.egovsdk.health.HealthInsuranceClient;
import io.github.egovsdk.vneid.population.CitizenQuery;
import io.github.egovsdk.vneid.population.LookupContext;
import io.github.egovsdk.vneid.population.PopulationDbClient;
import io.github.egovsdk.vneid.population.PopulationOperation;
import io.github.egovsdk.vneid.population.PopulationSoapDialect;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the sandbox LGSP and Social Security gateway enforce beyond the contract suites. */
@EgovSandboxTest
class SandboxGatewayAndHealthTest {
    static final SandboxCitizen CITIZEN = SandboxCitizen.ALL.get(0);
    static final LookupContext WHO = new LookupContext(SandboxSocialSecurity.OFFICER_ID, "Kiểm thử sandbox");

    private static PopulationDbClient population(Gateway g, PopulationSoapDialect dialect) {
        return PopulationDbClient.builder()
                .gateway(g)
                .soap(dialect)
                .integrationCode("037")
                .serviceCode("VPCP")
                .auditHook(a -> {})
                .build();
    }

    private static CitizenQuery query() {
        return CitizenQuery.byPersonalId(CITIZEN.personalId(), CITIZEN.fullName(), CITIZEN.dateOfBirth());
    }

    @Test
    void lgsp_whenCredentialsWrongForEachStyle_refuses(EgovSandbox sandbox) {
        LgspKeys wrong = new LgspKeys("x", "y", "z", "w", "");
        Gateway[] bad = {
            Gateway.builder()
                    .baseUri(sandbox.lgspEndpoint().resolve("a/"))
                    .paths(GatewayPaths.template("soap/{service}"))
                    .credentials(GatewayAuth.builder()
                            .lgspAccessToken(sandbox.lgspEndpoint().resolve("a/token"), wrong))
                    .build(),
            // A token from style A without the officer's AuthHash is refused by A'.
            Gateway.builder()
                    .baseUri(sandbox.lgspEndpoint().resolve("a2/"))
                    .paths(GatewayPaths.template("soap/{service}"))
                    .credentials(GatewayAuth.builder()
                            .lgspAccessToken(sandbox.lgspEndpoint().resolve("a2/token"), SandboxGateways.LGSP_KEYS))
                    .build(),
            Gateway.builder()
                    .baseUri(sandbox.lgspEndpoint().resolve("c/"))
                    .paths(GatewayPaths.template("soap/{service}"))
                    .credentials(GatewayAuth.base64JsonAuthorization(wrong))
                    .build(),
            Gateway.builder()
                    .baseUri(sandbox.lgspEndpoint().resolve("e/"))
                    .paths(GatewayPaths.template("soap/{service}"))
                    .credentials(GatewayAuth.builder()
                            .xRoad(
                                    SandboxGateways.XROAD_USER,
                                    "wrong-secret",
                                    SandboxGateways.XROAD_CLIENT,
                                    SandboxGateways.XROAD_API_KEY))
                    .build(),
            Gateway.builder()
                    .baseUri(sandbox.lgspEndpoint().resolve("g/"))
                    .paths(GatewayPaths.template("soap/{service}"))
                    .credentials(GatewayAuth.staticBearer("wrong"))
                    .build()
        };
        for (Gateway g : bad) {
            try (PopulationDbClient c = population(g, PopulationSoapDialect.STANDARD)) {
                assertThatThrownBy(() -> c.lookUp(query(), WHO)).as("%s", g).isInstanceOf(EgovServiceException.class);
            }
        }
    }

    @Test
    void populationSoap_whenMockDialectDirect_answersAndWhenOutOfOrder_faults(EgovSandbox sandbox) throws Exception {
        try (PopulationDbClient c = PopulationDbClient.builder()
                .endpoint(sandbox.populationSoapEndpoint())
                .soap(PopulationSoapDialect.NDXP_MOCK)
                .integrationCode("037")
                .serviceCode("033")
                .auditHook(a -> {})
                .build()) {
            assertThat(c.verifyInformation(query(), WHO).matches()).isTrue();
            assertThat(c.verifyHouseholdHead(query(), WHO).matches()).isTrue();
            assertThat(c.verifyRelatives(query(), WHO)).singleElement().satisfies(r -> assertThat(r.relative("ChuHo"))
                    .isPresent());
            String batch =
                    c.submitBatch(PopulationOperation.CUNG_CAP_DANH_SACH_THEO_DO_TUOI, Map.of("TuTuoi", "18"), WHO);
            assertThat(c.batchResult(batch, WHO).ready()).isFalse();
            assertThat(c.batchResult(batch, WHO).records()).hasSize(SandboxCitizen.ALL.size());
        }
        String outOfOrder = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:qldc=\"http://dancuquocgia.bca\"><soapenv:Header/><soapenv:Body><qldc:TraCuuThongTinCongDan>"
                + "<qldc:SoDinhDanh>" + CITIZEN.personalId() + "</qldc:SoDinhDanh><qldc:MaYeuCau>1</qldc:MaYeuCau>"
                + "</qldc:TraCuuThongTinCongDan></soapenv:Body></soapenv:Envelope>";
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(sandbox.populationSoapEndpoint())
                                .POST(HttpRequest.BodyPublishers.ofString(outOfOrder))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).contains("Fault").contains("thứ tự");
    }

    private static HealthInsuranceClient health(EgovSandbox sandbox) {
        return HealthInsuranceClient.builder()
                .endpoint(sandbox.socialSecurityEndpoint())
                .login(EgwLogin.of(SandboxSocialSecurity.USERNAME, SandboxSocialSecurity.PASSWORD.toCharArray()))
                .build();
    }

    private static CardCheckRequest check(SandboxSocialSecurity.Patient p, String officerName) {
        return CardCheckRequest.byPersonalId(
                p.citizen().personalId(),
                p.citizen().fullName(),
                BirthDate.of(p.citizen().dateOfBirth()),
                officerName,
                SandboxSocialSecurity.OFFICER_ID);
    }

    @Test
    void egw_whenOfficerNameWrongOrCardsRenewedOrExpired_givesThoseCodes(EgovSandbox sandbox) {
        try (HealthInsuranceClient c = health(sandbox)) {
            assertThat(c.check(check(SandboxSocialSecurity.PATIENTS.get(0), "Người Khác"))
                            .code())
                    .isEqualTo("055");
            CardCheckResult renewed =
                    c.check(check(SandboxSocialSecurity.PATIENTS.get(1), SandboxSocialSecurity.OFFICER_NAME));
            assertThat(renewed.code()).isEqualTo("003");
            assertThat(renewed.usable()).isTrue();
            assertThat(renewed.newCardNumber()).isNotEmpty();
            assertThat(c.check(check(SandboxSocialSecurity.PATIENTS.get(2), SandboxSocialSecurity.OFFICER_NAME))
                            .code())
                    .isEqualTo("010");
        }
    }

    @Test
    void egw_whenSessionsEndOrIpNotListed_renewsOrExplains(EgovSandbox sandbox) {
        try (HealthInsuranceClient c = health(sandbox)) {
            SandboxSocialSecurity.Patient p = SandboxSocialSecurity.PATIENTS.get(0);
            assertThat(c.check(check(p, SandboxSocialSecurity.OFFICER_NAME)).code())
                    .isEqualTo("000");
            sandbox.socialSecurity().expireSessions();
            assertThat(c.check(check(p, SandboxSocialSecurity.OFFICER_NAME)).code())
                    .isEqualTo("000");
            sandbox.socialSecurity().ipAllowList(Set.of("203.0.113.10"));
            assertThatThrownBy(() -> c.check(check(p, SandboxSocialSecurity.OFFICER_NAME)))
                    .isInstanceOfSatisfying(HealthAuthenticationException.class, e -> assertThat(e.serviceErrorCode())
                            .contains("IP_NOT_ALLOWED"));
            sandbox.socialSecurity().ipAllowList(Set.of("127.0.0.1"));
            assertThat(c.check(check(p, SandboxSocialSecurity.OFFICER_NAME)).code())
                    .isEqualTo("000");
        }
    }

    @Test
    void egw_whenCertificatesSubmitted_acceptsSignedOnesAndRefusesDuplicates(EgovSandbox sandbox) {
        try (HealthCertificateClient c = HealthCertificateClient.builder()
                .endpoint(sandbox.socialSecurityEndpoint())
                .login(EgwLogin.of(SandboxSocialSecurity.USERNAME, SandboxSocialSecurity.PASSWORD.toCharArray()))
                .facilityCode(SandboxSocialSecurity.FACILITY)
                .signingKey(sandbox.signingKey("CN=Phòng khám Sandbox, O=27001, C=VN"))
                .build()) {
            DrivingLicenceCertificate gksk = new DrivingLicenceCertificate(
                    "00001/GKSKLX/27001/26",
                    CITIZEN.fullName(),
                    Gender.MALE,
                    CITIZEN.dateOfBirth(),
                    CITIZEN.address(),
                    "27",
                    "256",
                    "09190",
                    CITIZEN.personalId(),
                    LocalDate.of(2021, 1, 1),
                    "Cục CSQLHC về TTXH",
                    "27001",
                    "Phòng khám Sandbox",
                    "0",
                    DrivingLicenceCertificate.AlcoholUnit.MG_PER_LITRE_BREATH,
                    false,
                    LocalDate.of(2026, 1, 2),
                    "BS Sandbox",
                    "Đủ sức khỏe lái xe hạng B",
                    "B",
                    null,
                    null,
                    null);
            assertThat(c.submit(gksk, HealthCertificateClient.Action.ADD).accepted())
                    .isTrue();
            assertThat(c.submit(gksk, HealthCertificateClient.Action.ADD).accepted())
                    .isFalse();
            assertThat(c.submit(gksk, HealthCertificateClient.Action.EDIT).accepted())
                    .isTrue();
            CertificateReceipt birth = c.submit(HealthDocument.birthCertificate()
                    .set(BirthCertificateField.MA_GCS, "GCS-1")
                    .set(BirthCertificateField.HOTEN_NND, "TRAN THI B")
                    .set(BirthCertificateField.NGAYSINH_NND, "19950505")
                    .set(BirthCertificateField.GIOI_TINH_CON, "2")
                    .set(BirthCertificateField.NGAY_SINH_CON, "202601020830")
                    .set(BirthCertificateField.NOI_SINH_CON, "Phòng khám Sandbox")
                    .set(BirthCertificateField.NGAY_CT, "20260102")
                    .set(BirthCertificateField.MA_TTDV, "BS A")
                    .build());
            assertThat(birth.accepted()).isTrue();
            assertThat(birth.transactionId()).startsWith("GD-");
        }
        assertThat(sandbox.socialSecurity().submissions())
                .extracting(SandboxSocialSecurity.Submission::code)
                .containsExactly("1", "1", "200");
    }

    @Test
    void lgsp_whenStylesListed_everyStyleButTheAdapterHasASandboxRoute(EgovSandbox sandbox) {
        for (GatewayStyle s : GatewayStyle.values()) {
            if (s == GatewayStyle.F_ADAPTER) {
                assertThatThrownBy(() -> sandbox.lgspGateway(s, true)).isInstanceOf(IllegalArgumentException.class);
            } else {
                assertThat(sandbox.lgspGateway(s, true).endpointOf("X").toString())
                        .contains("/lgsp/");
            }
        }
    }
}
