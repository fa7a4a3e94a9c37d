package io.github.egovsdk.dvc.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.dvc.dossier.Applicant;
import io.github.egovsdk.dvc.dossier.Channel;
import io.github.egovsdk.dvc.dossier.Dossier;
import io.github.egovsdk.dvc.dossier.DossierStatus;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PortalClient against WireMock stubs in the portal adapter's shapes (identity-and-public-service-portal.md §8). */
class PortalClientTest {
    static final String CODE = "000.00.00.H27-261123-0001";
    static final String LOGIN = "/dvcqg/login";
    static final String API = "/dvcqg/api";
    private WireMockServer portal;
    private PortalClient client;

    @BeforeEach
    void start() {
        portal = new WireMockServer(options().dynamicPort());
        portal.start();
        client = PortalClient.builder()
                .endpoint(portal.baseUrl() + "/dvcqg")
                .login("motcua", "mat-khau-bi-mat")
                .dstCode("000.00.00.H27")
                .agencyCode("000.00.00.H27")
                .retryPolicy(
                        RetryPolicy.builder().baseDelay(Duration.ofMillis(5)).build())
                .build();
        portal.stubFor(post(urlEqualTo(LOGIN))
                .withHeader("dstcode", equalTo("000.00.00.H27"))
                .withRequestBody(matchingJsonPath("$.username", equalTo("motcua")))
                .withRequestBody(matchingJsonPath("$.password", equalTo("mat-khau-bi-mat")))
                .willReturn(okJson("{\"session\":\"S1\",\"error_code\":0}")));
    }

    @AfterEach
    void stop() {
        client.close();
        portal.stop();
    }

    static Dossier dossier() {
        return Dossier.builder()
                .code(CODE)
                .procedure("1.001234.000.00.00.H27", "Cấp bản sao trích lục hộ tịch")
                .sector("HT", "Hộ tịch")
                .channel(Channel.ONLINE)
                .applicant(Applicant.citizen("Nguyễn Văn An", "001099012345").withTechId("TECH-42"))
                .receivedAt(LocalDateTime.of(2026, 11, 23, 13, 30, 0))
                .dueAt(LocalDateTime.of(2026, 11, 26, 13, 30))
                .status(DossierStatus.ACCEPTED)
                .vneidVerified(true)
                .paidOnline(true)
                .build();
    }

    private MappingBuilder service(String name) {
        return post(urlEqualTo(API))
                .withHeader("dstcode", equalTo("000.00.00.H27"))
                .withRequestBody(matchingJsonPath("$.service", equalTo(name)));
    }

    private MappingBuilder sync(boolean updating) {
        return service("DongBoHoSoMC")
                .withRequestBody(matchingJsonPath("$.isUpdating", equalTo(updating ? "True" : "False")));
    }

    private List<JsonNode> bodies(String url) {
        return portal.findAll(postRequestedFor(urlEqualTo(url))).stream()
                .map(LoggedRequest::getBodyAsString)
                .map(EgovJson::tryParse)
                .toList();
    }

    @Test
    void sync_whenNewDossier_logsInAndSendsThePortalFieldsWithTwentyFourHourDates() {
        portal.stubFor(sync(false).willReturn(okJson("{\"error_code\":0,\"message\":\"Đồng bộ thành công\"}")));

        assertThat(client.sync(dossier())).isEqualTo(SyncOutcome.CREATED);

        JsonNode body = bodies(API).get(0);
        assertThat(body.path("session").asString()).isEqualTo("S1");
        assertThat(body.path("madonvi").asString()).isEqualTo("000.00.00.H27");
        JsonNode d = body.path("data").path(0);
        assertThat(d.path("MaHoSo").asString()).isEqualTo(CODE);
        assertThat(d.path("NgayTiepNhan").asString()).isEqualTo("20261123133000");
        assertThat(d.path("NgayHenTra").asString()).isEqualTo("20261126133000");
        assertThat(d.path("TrangThaiHoSo").asString()).isEqualTo("2");
        assertThat(d.path("KenhThucHien").asString()).isEqualTo("2");
        assertThat(d.path("LoaiDoiTuong").asString()).isEqualTo("1");
        assertThat(d.path("MaDoiTuong").asString()).isEqualTo("TECH-42");
        assertThat(d.path("TaiKhoanDuocXacThucVoiVNeID").asString()).isEqualTo("1");
        assertThat(d.path("DuocThanhToanTrucTuyen").asString()).isEqualTo("1");
        assertThat(d.path("DinhDanhCHS").path(0).path("LoaiDinhDanh").asString())
                .isEqualTo("1");
        assertThat(d.has("NgayTra")).isFalse();
        portal.verify(1, postRequestedFor(urlEqualTo(LOGIN)));
    }

    @Test
    void sync_whenPortalSaysAlreadyExists_sendsItAgainAsAnUpdate() {
        portal.stubFor(
                sync(false).willReturn(okJson("{\"error_code\":3,\"message\":\"Hồ sơ " + CODE + " đã tồn tại\"}")));
        portal.stubFor(sync(true).willReturn(okJson("{\"error_code\":0,\"message\":\"Cập nhật thành công\"}")));

        assertThat(client.sync(dossier())).isEqualTo(SyncOutcome.UPDATED);

        portal.verify(
                1,
                postRequestedFor(urlEqualTo(API)).withRequestBody(matchingJsonPath("$.isUpdating", equalTo("True"))));
    }

    @Test
    void sync_whenConnectionResetAfterThePortalStoredIt_retriesAndUpdatesWithoutADuplicate() {
        // The first insert reaches the portal (state "stored") but the connection is reset before the answer.
        portal.stubFor(sync(false)
                .inScenario("reset")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("stored"));
        portal.stubFor(sync(false)
                .inScenario("reset")
                .whenScenarioStateIs("stored")
                .willReturn(okJson("{\"error_code\":-3,\"message\":\"Hồ sơ đã tồn tại\"}")));
        portal.stubFor(sync(true)
                .inScenario("reset")
                .whenScenarioStateIs("stored")
                .willReturn(okJson("{\"error_code\":0,\"message\":\"Cập nhật thành công\"}"))
                .willSetStateTo("updated"));

        assertThat(client.sync(dossier())).isEqualTo(SyncOutcome.UPDATED);

        List<JsonNode> calls = bodies(API);
        assertThat(calls).hasSize(3);
        assertThat(calls).extracting(b -> b.path("isUpdating").asString()).containsExactly("False", "False", "True");
        assertThat(calls)
                .extracting(b -> b.path("data").path(0).path("MaHoSo").asString())
                .containsOnly(CODE);
        assertThat(portal.findAll(postRequestedFor(urlEqualTo(API))).get(0).getHeader("Idempotency-Key"))
                .isEqualTo(
                        portal.findAll(postRequestedFor(urlEqualTo(API))).get(1).getHeader("Idempotency-Key"));
    }

    @Test
    void lookup_whenSessionExpired_logsInAgainOnceAndRepeatsTheCall() {
        portal.stubFor(post(urlEqualTo(LOGIN))
                .inScenario("login")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"session\":\"S1\",\"error_code\":0}"))
                .willSetStateTo("second"));
        portal.stubFor(post(urlEqualTo(LOGIN))
                .inScenario("login")
                .whenScenarioStateIs("second")
                .willReturn(okJson("{\"session\":\"S2\",\"error_code\":0}")));
        portal.stubFor(service("TraCuuHoSo")
                .withRequestBody(matchingJsonPath("$.session", equalTo("S1")))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error_code\":401,\"message\":\"Phiên làm việc không hợp lệ hoặc đã hết hạn\"}")));
        portal.stubFor(service("TraCuuHoSo")
                .withRequestBody(matchingJsonPath("$.session", equalTo("S2")))
                .willReturn(okJson("{\"error_code\":0,\"result\":[]}")));

        assertThat(client.lookup(CODE)).isEmpty();
        assertThat(client.lookup(CODE)).isEmpty(); // the renewed session is kept

        portal.verify(2, postRequestedFor(urlEqualTo(LOGIN)));
        assertThat(bodies(API)).extracting(b -> b.path("session").asString()).containsExactly("S1", "S2", "S2");
    }

    @Test
    void lookup_whenSessionRejectedEvenAfterRelogin_throwsWithoutLooping() {
        portal.stubFor(service("TraCuuHoSo")
                .willReturn(okJson("{\"error_code\":401,\"message\":\"Phiên làm việc đã" + " hết hạn\"}")));

        assertThatThrownBy(() -> client.lookup(CODE)).isInstanceOfSatisfying(EgovServiceException.class, e -> {
            assertThat(e.serviceErrorCode()).contains("401");
            assertThat(e.serviceMessage()).contains("Phiên làm việc đã hết hạn");
        });
        portal.verify(2, postRequestedFor(urlEqualTo(LOGIN)));
        portal.verify(2, postRequestedFor(urlEqualTo(API)));
    }

    @Test
    void sync_whenPortalRefusesWithVietnameseMessage_throwsServiceExceptionWithCodeAndMessage() {
        portal.stubFor(sync(false)
                .willReturn(okJson("{\"error_code\":-1,\"message\":\"Dữ liệu không hợp lệ: hồ sơ " + CODE
                        + ": TrangThaiHoSo '11' không thuộc danh mục (1-10)\"}")));

        assertThatThrownBy(() -> client.sync(dossier())).isInstanceOfSatisfying(EgovServiceException.class, e -> {
            assertThat(e.serviceErrorCode()).contains("-1");
            assertThat(e.serviceMessage())
                    .hasValueSatisfying(m ->
                            assertThat(m).startsWith("Dữ liệu không hợp lệ").contains("không thuộc danh mục"));
            assertThat(e.getMessage()).contains("-1", "Dữ liệu không hợp lệ");
        });
        portal.verify(
                0,
                postRequestedFor(urlEqualTo(API)).withRequestBody(matchingJsonPath("$.isUpdating", equalTo("True"))));
    }

    @Test
    void sync_whenMessageSaysSuccessButCodeIsNotZero_fails() {
        portal.stubFor(
                sync(false).willReturn(okJson("{\"error_code\":\"1\",\"message\":\"Đồng bộ thành công 0 hồ sơ\"}")));

        assertThatThrownBy(() -> client.sync(dossier())).isInstanceOf(EgovServiceException.class);
    }

    @Test
    void sync_whenDossierInvalid_namesTheFieldAndCallsNothing() {
        Dossier bad =
                dossier().toBuilder().dueAt(LocalDateTime.of(2026, 11, 1, 8, 0)).buildUnchecked();

        assertThatThrownBy(() -> client.sync(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.propertyPath())
                        .contains("dueNotBeforeReceipt"));
        portal.verify(0, postRequestedFor(urlEqualTo(LOGIN)));
    }

    @Test
    void login_whenPasswordWrong_throwsThePortalsMessageAndCallsNoService() {
        PortalClient wrong = PortalClient.builder()
                .endpoint(portal.baseUrl() + "/dvcqg/")
                .login("motcua", "sai")
                .dstCode("000.00.00.H27")
                .retryPolicy(RetryPolicy.none())
                .build();
        portal.stubFor(post(urlEqualTo(LOGIN))
                .withRequestBody(matchingJsonPath("$.password", equalTo("sai")))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error_code\":401,\"message\":\"Sai tên đăng nhập hoặc mật khẩu\"}")));

        assertThatThrownBy(() -> wrong.agencies()).isInstanceOfSatisfying(EgovServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.serviceMessage()).contains("Sai tên đăng nhập hoặc mật khẩu");
            assertThat(e.getMessage()).doesNotContain("sai\"");
        });
        portal.verify(0, postRequestedFor(urlEqualTo(API)));
        wrong.close();
    }

    @Test
    void lookup_whenManyThreadsFindTheSessionExpired_logsInAgainOnlyOnce() throws Exception {
        portal.stubFor(post(urlEqualTo(LOGIN))
                .inScenario("login")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"session\":\"S1\",\"error_code\":0}"))
                .willSetStateTo("second"));
        portal.stubFor(post(urlEqualTo(LOGIN))
                .inScenario("login")
                .whenScenarioStateIs("second")
                .willReturn(okJson("{\"session\":\"S2\",\"error_code\":0}")));
        portal.stubFor(service("LayDanhMucCoQuan").willReturn(okJson("{\"error_code\":0,\"result\":[]}")));
        portal.stubFor(service("TraCuuHoSo")
                .withRequestBody(matchingJsonPath("$.session", equalTo("S1")))
                .willReturn(okJson("{\"error_code\":401,\"message\":\"Phiên đã hết hạn\"}")));
        portal.stubFor(service("TraCuuHoSo")
                .withRequestBody(matchingJsonPath("$.session", equalTo("S2")))
                .willReturn(okJson("{\"error_code\":0,\"result\":[]}")));
        assertThat(client.agencies()).isEmpty(); // session S1 established

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            results.add(pool.submit(() -> client.lookup(CODE).isEmpty()));
        }
        for (Future<Boolean> r : results) {
            assertThat(r.get(10, TimeUnit.SECONDS)).isTrue();
        }
        pool.shutdown();

        portal.verify(2, postRequestedFor(urlEqualTo(LOGIN)));
    }
}
