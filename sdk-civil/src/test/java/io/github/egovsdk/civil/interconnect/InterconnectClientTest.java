package io.github.egovsdk.civil.interconnect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.egovsdk.civil.CivilFixtures;
import io.github.egovsdk.civil.CivilModule;
import io.github.egovsdk.civil.justice.RegistrationCertificate;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterconnectClientTest {
    private static final String TOKEN = "/api/lienthongdvclt/token";
    private static final String LIST = "/api/lienthongdvclt/hosolienthong";
    private static final String STATUS = "/api/lienthongdvclt/hosolienthong/trangthai";
    private WireMockServer wm;
    private InterconnectClient client;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        wm.stubFor(post(urlEqualTo(TOKEN))
                .withRequestBody(equalToJson("{\"userName\":\"motcua\",\"password\":\"pw\"}"))
                .willReturn(okJson("{\"token\":\"tok-1\",\"refreshToken\":\"rt\",\"refreshTokenExpiryTime\":"
                        + "\"2025-01-01T08:00:00\"}")));
        client = InterconnectClient.builder()
                .endpoint(wm.baseUrl())
                .login("motcua", "pw")
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        wm.stop();
    }

    @Test
    void pending_whenListReplies_readsEveryItemWithBearerToken() {
        wm.stubFor(get(urlEqualTo(LIST))
                .withHeader("Authorization", equalTo("Bearer tok-1"))
                .willReturn(okJson("{\"data\":[{\"id\":\"7f1c0000-0000-0000-0000-000000000001\",\"maDonVi\":1600"
                        + "0,\"maTTHC\":\"2.000986\","
                        + "\"module\":\"KS\",\"maHoSo\":\"G22.99-250101-0001\",\"ngayTiepNhan"
                        + "\":\"01/01/2025 08:00:00\","
                        + "\"techId\":\"tech-0001\"},{\"id\":\"2\",\"maDonVi\":380,\"module\""
                        + ":\"KT\",\"maHoSo\":\"X\"}]}")));
        assertThat(client.pending())
                .satisfiesExactly(
                        p -> {
                            assertThat(p.id()).isEqualTo("7f1c0000-0000-0000-0000-000000000001");
                            assertThat(p.unitCode()).isEqualTo("16000");
                            assertThat(p.module()).isEqualTo(CivilModule.BIRTH);
                            assertThat(p.interconnectCode()).isEqualTo("G22.99-250101-0001");
                            assertThat(p.techId()).isEqualTo("tech-0001");
                        },
                        p -> assertThat(p.module()).isEqualTo(CivilModule.DEATH));
        client.pending();
        wm.verify(1, postRequestedFor(urlEqualTo(TOKEN)));
        wm.verify(2, getRequestedFor(urlEqualTo(LIST)).withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void pending_whenTokenRejectedWith401_logsInAgainOnce() {
        wm.stubFor(get(urlEqualTo(LIST))
                .inScenario("t")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(401))
                .willSetStateTo("renewed"));
        wm.stubFor(get(urlEqualTo(LIST))
                .inScenario("t")
                .whenScenarioStateIs("renewed")
                .willReturn(okJson("{\"data\":[]}")));
        assertThat(client.pending()).isEmpty();
        wm.verify(2, postRequestedFor(urlEqualTo(TOKEN)));
    }

    @Test
    void dossier_whenDetailIsTheReferenceExample_decodesIt() {
        wm.stubFor(get(urlEqualTo(LIST + "/7f1c")).willReturn(okJson(CivilFixtures.REFERENCE_DETAIL)));
        InterconnectDossier d = client.dossier("7f1c");
        assertThat(d.dvcltId()).isEqualTo("7f1c");
        assertThat(d.registration().subjectName()).isEqualTo("NGUYEN VAN A");
    }

    @Test
    void dossier_whenRequiredFieldMissing_throwsNamingIt() {
        Map<String, String> f = CivilFixtures.birthFields("X");
        f.remove("nycHoTen");
        wm.stubFor(get(urlEqualTo(LIST + "/9"))
                .willReturn(okJson(CivilFixtures.detail(CivilFixtures.inner("KS", "X", CivilFixtures.xml("r", f))))));
        assertThatThrownBy(() -> client.dossier("9")).hasMessageContaining("hoTich.nycHoTen");
        assertThat(client.inspect("9").problems()).extracting(p -> p.field()).containsExactly("hoTich.nycHoTen");
    }

    @Test
    void acknowledge_whenReplyConfirms_sendsMaHoSoAndDaNhan() {
        wm.stubFor(put(urlEqualTo(LIST + "/danhan"))
                .willReturn(okJson("{\"status\":200,\"title\":\"Cập nhật thành công\"}")));
        client.acknowledge("G22.99-250101-0001");
        wm.verify(putRequestedFor(urlEqualTo(LIST + "/danhan"))
                .withRequestBody(equalToJson("{\"maHoSo\":\"G22.99-250101-0001\",\"daNhan\":true}")));
    }

    @Test
    void acknowledge_whenReplyDoesNotConfirm_throwsServiceException() {
        wm.stubFor(put(urlEqualTo(LIST + "/danhan")).willReturn(okJson("{\"status\":400,\"title\":\"Lỗi\"}")));
        assertThatThrownBy(() -> client.acknowledge("G1")).isInstanceOf(EgovServiceException.class);
    }

    @Test
    void pushStatus_whenStatus4_sendsKetQuaXuLyAsJsonStringWithDefaults() {
        wm.stubFor(post(urlEqualTo(STATUS))
                .willReturn(okJson("{\"type\":null,\"title\":\"Cập nhật trạng thái thành công\","
                        + "\"status\":200,\"traceId\":\"00-x-00\",\"errors\":null}")));
        RegistrationCertificate cert = new RegistrationCertificate(
                CivilModule.BIRTH,
                "001225000001",
                LocalDate.of(2025, 1, 2),
                "01",
                "01/2025",
                "1",
                "NGUYEN VAN A",
                null,
                CivilFixtures.PDF,
                Map.of(
                        "soDinhDanh",
                        "001225000001",
                        "ngayDangKy",
                        "02/01/2025",
                        "nksHoTen",
                        "NGUYEN VAN A",
                        "nksGioiTinh",
                        "1",
                        "soDangKy",
                        "01",
                        "quyenSo",
                        "01/2025",
                        "trangSo",
                        "1"));
        StatusUpdate u = StatusUpdate.builder(InterconnectStatus.RESULT_READY)
                .after(InterconnectStatus.SENT_TO_JUSTICE)
                .dossier("G22.99-250101-0001", "H56.99.99-250101-0001")
                .procedureCode("2.000986")
                .at(LocalDateTime.of(2025, 1, 2, 10, 15))
                .period(null, LocalDateTime.of(2025, 1, 3, 10, 15))
                .certificate(cert)
                .build();
        StatusPushResult r = client.pushStatus(u);
        assertThat(r.outcome()).isEqualTo(StatusPushOutcome.DONE);
        assertThat(r.message()).isEqualTo("Cập nhật trạng thái thành công");
        wm.verify(postRequestedFor(urlEqualTo(STATUS))
                .withRequestBody(matchingJsonPath("$.trangThai", equalTo("4")))
                .withRequestBody(matchingJsonPath("$.coQuanXuLy", equalTo("5")))
                .withRequestBody(matchingJsonPath("$.thoiGianThucHien", equalTo("02/01/2025 10:15:00")))
                .withRequestBody(matchingJsonPath("$.ngayKetThucTheoQuyDinh", equalTo("03/01/2025 10:15:00"))));
        JsonNode sent =
                EgovJson.tryParse(wm.getAllServeEvents().get(0).getRequest().getBodyAsString());
        JsonNode k = EgovJson.tryParse(sent.path("ketQuaXuLy").asString());
        assertThat(k.path("nksGioiTinh").isInt()).isTrue();
        assertThat(k.path("meNoiCuTru").asString()).isEqualTo("Không có thông tin");
        assertThat(k.path("meLoaiCuTru").asInt()).isEqualTo(1);
        assertThat(k.path("maGiayToKetQua").asString()).isEqualTo("KQ.G15.000031");
        assertThat(Base64.getDecoder().decode(k.path("giayKhaiSinh").asString()))
                .isEqualTo(CivilFixtures.PDF);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "200|{\"title\":\"Cập nhật trạng thái thành công\",\"status\":200}|DONE",
                "200|Hồ sơ đã trả kết quả, không được cập nhật trạng thái|DONE",
                "200|Hồ sơ đã hoàn thành đăng ký, không được cập nhật trạng thái|DONE",
                "200|Hồ sơ bị từ chối. Không thể cập nhật trạng thái|DONE",
                "200|Hồ sơ đã tồn tại trong một cửa điện tử|DONE",
                "200|Hồ sơ đã có kết quả xử lý. Không thể cập nhật trạng thái|DONE",
                "400|{\"title\":\"One or more validation errors "
                        + "occurred.\",\"status\":400,\"errors\":{\"soHoSoLT\":[\"Hồ sơ không tồn tại\"]}}|DONE",
                "200|Hồ sơ chưa cập nhật trạng thái 3|RETRY",
                "200|Hồ sơ chưa được gửi không thể cập nhật trạng thái|RETRY",
                "200|Có lỗi trong quá trình thêm mới|RETRY",
                "200|Client received SOAP Fault from server|RETRY",
                "500|oops|RETRY",
                "200|Logic xử lý không hợp lệ|FAILED",
                "200|something else|RETRY"
            })
    void pushStatus_whenReplyText_classifiesItAsTheReferenceDoes(int http, String reply, StatusPushOutcome expected) {
        wm.stubFor(
                post(urlEqualTo(STATUS)).willReturn(aResponse().withStatus(http).withBody(reply)));
        StatusUpdate u = StatusUpdate.builder(InterconnectStatus.ACCEPTED)
                .dossier("G1", "H1")
                .procedureCode("2.000986")
                .at(LocalDateTime.of(2025, 1, 1, 9, 0))
                .build();
        StatusPushResult r = client.pushStatus(u);
        assertThat(r.outcome()).isEqualTo(expected);
        if (reply.contains("soHoSoLT")) {
            assertThat(r.fieldErrors()).containsKey("soHoSoLT");
        }
    }

    @Test
    void statusUpdate_whenTransitionIllegalOrFieldsMissing_refuses() {
        assertThatThrownBy(() -> StatusUpdate.builder(InterconnectStatus.RESULT_READY)
                        .after(InterconnectStatus.RECEIVED)
                        .dossier("G", "H")
                        .procedureCode("p")
                        .at(LocalDateTime.now())
                        .certificate(new RegistrationCertificate(
                                CivilModule.BIRTH, null, null, null, null, null, null, null, null, Map.of()))
                        .build())
                .isInstanceOf(IllegalStatusTransitionException.class);
        assertThatThrownBy(() -> StatusUpdate.builder(InterconnectStatus.ACCEPTED)
                        .after(null)
                        .dossier("G", "H")
                        .procedureCode("p")
                        .at(LocalDateTime.now())
                        .build())
                .isInstanceOf(IllegalStatusTransitionException.class);
        assertThatThrownBy(() -> StatusUpdate.builder(InterconnectStatus.RESULT_READY)
                        .dossier("G", "H")
                        .procedureCode("p")
                        .at(LocalDateTime.now())
                        .build())
                .hasMessageContaining("ketQuaXuLy");
        assertThatThrownBy(() -> StatusUpdate.builder(InterconnectStatus.SUPPLEMENT_REQUESTED)
                        .dossier(null, "H")
                        .procedureCode("p")
                        .at(LocalDateTime.now())
                        .build())
                .hasMessageContaining("hanBoSungHoSo")
                .hasMessageContaining("soHoSoLT");
        assertThat(InterconnectStatus.REFUSED.next()).isEmpty();
        assertThat(InterconnectStatus.RECEIVED.canMoveTo(InterconnectStatus.ACCEPTED))
                .isTrue();
        assertThat(InterconnectStatus.fromCode(8)).isEmpty();
    }
}
