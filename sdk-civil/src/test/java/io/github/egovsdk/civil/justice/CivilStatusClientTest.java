package io.github.egovsdk.civil.justice;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.egovsdk.civil.CivilFixtures;
import io.github.egovsdk.civil.CivilModule;
import io.github.egovsdk.civil.interconnect.InterconnectDossier;
import io.github.egovsdk.civil.interconnect.InterconnectPayloads;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CivilStatusClientTest {
    private WireMockServer wm;
    private CivilStatusClient client;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        client = CivilStatusClient.builder()
                .endpoint(wm.baseUrl() + "/btp")
                .provinceCode("38")
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        wm.stop();
    }

    @Test
    void submit_whenBirth_sendsTheMinistryShapeWithDottedDatesAddressObjectsAndActiveFilesOnly() {
        wm.stubFor(post(urlEqualTo("/btp/NhanDKHT"))
                .willReturn(okJson("{\"status\":\"1\",\"statusDescription\":"
                        + "\"Thành công\",\"errorCode\":null,\"errorDescription\":null}")));
        InterconnectDossier d = InterconnectPayloads.decode(CivilFixtures.birthDetail("G22.99-250101-0001"));
        assertThat(client.submit(d, "H56.99.99-250101-0001", LocalDateTime.of(2025, 1, 1, 8, 5)))
                .isEqualTo(SubmitOutcome.ACCEPTED);
        wm.verify(postRequestedFor(urlEqualTo("/btp/NhanDKHT"))
                .withRequestBody(matchingJsonPath("$.maDonVi", equalTo("16000")))
                .withRequestBody(matchingJsonPath("$.module", equalTo("LTKS")))
                .withRequestBody(matchingJsonPath("$.maHoSoLT", equalTo("G22.99-250101-0001")))
                .withRequestBody(matchingJsonPath("$.maHoSoMCDT", equalTo("H56.99.99-250101-0001")))
                .withRequestBody(matchingJsonPath("$.ngayTiepNhan", equalTo("01/01/2025 08:05:00"))));
        JsonNode sent =
                EgovJson.tryParse(wm.getAllServeEvents().get(0).getRequest().getBodyAsString());
        assertThat(sent.path("fileDinhKem")).hasSize(1);
        assertThat(sent.path("fileDinhKem").get(0).path("huyGiayTo").asInt()).isZero();
        JsonNode data = EgovJson.tryParse(sent.path("data").asString());
        assertThat(data.path("ngayCapGCS").asString()).isEqualTo("01.01.2025");
        assertThat(data.path("maGCS").isNull())
                .as("quirk: maGCS is not copied for KS")
                .isTrue();
        assertThat(data.path("nksNgaySinh").asString()).isEqualTo("01.01.2025");
        assertThat(data.path("nksNoiSinh").path("maTinh").asString()).isEqualTo("38");
        assertThat(data.path("nksNoiSinh").path("dcChiTiet").asString()).isEqualTo("Bệnh viện X");
        assertThat(data.path("meNoiCuTru").path("dcChiTiet").asString()).isEqualTo("Thôn 1, xã Y");
        assertThat(data.has("nksNoiSinhDVHC")).isFalse();
        assertThat(data.has("nksQuocTichKhac")).isFalse();
        assertThat(data.path("soDangKyNuocNgoai").asString()).isEmpty();
    }

    @Test
    void submit_whenDeath_sendsLtktWithDeathFields() {
        wm.stubFor(post(urlEqualTo("/btp/NhanDKHT")).willReturn(okJson("{\"status\":\"1\"}")));
        InterconnectDossier d = InterconnectPayloads.decode(CivilFixtures.deathDetail("G22.99-250105-0001"));
        client.submit(d, "H56-1", LocalDateTime.of(2025, 1, 5, 9, 0));
        JsonNode sent =
                EgovJson.tryParse(wm.getAllServeEvents().get(0).getRequest().getBodyAsString());
        assertThat(sent.path("module").asString()).isEqualTo("LTKT");
        JsonNode data = EgovJson.tryParse(sent.path("data").asString());
        assertThat(data.path("ngayCapGBT").asString()).isEqualTo("05.01.2025");
        assertThat(data.path("nktNgayChet").asString()).isEqualTo("04.01.2025");
        assertThat(data.path("nktNoiChet").path("dcChiTiet").asString()).isEqualTo("Tại nhà");
    }

    @Test
    void submit_whenDuplicateOrRefused_recognisesDuplicateAndThrowsOnRefusal() {
        InterconnectDossier d = InterconnectPayloads.decode(CivilFixtures.birthDetail("G1"));
        wm.stubFor(post(urlEqualTo("/btp/NhanDKHT"))
                .willReturn(okJson("{\"status\":\"0\",\"statusDescription\":"
                        + "\"Thất bại\",\"errorCode\":\"E01\",\"errorDescription\":\"Hồ sơ đã được tiếp nhận\"}")));
        assertThat(client.submit(d, "H1", LocalDateTime.now())).isEqualTo(SubmitOutcome.ALREADY_RECEIVED);
        wm.stubFor(post(urlEqualTo("/btp/NhanDKHT"))
                .willReturn(okJson(
                        "{\"status\":\"0\",\"errorCode\":\"E02\"," + "\"errorDescription\":\"Sai mã đơn vị\"}")));
        assertThatThrownBy(() -> client.submit(d, "H1", LocalDateTime.now()))
                .isInstanceOfSatisfying(EgovServiceException.class, e -> assertThat(e.serviceErrorCode())
                        .contains("E02"));
    }

    @Test
    void results_whenReferenceReply_readsStatusTimeHandlerAndCertificate() {
        String pdf = Base64.getEncoder().encodeToString(CivilFixtures.PDF);
        wm.stubFor(post(urlEqualTo("/btp/LayKetQua"))
                .willReturn(okJson("{\"status\":1,\"statusDescription\":\"Thành công\","
                        + "\"value\":[{\"maDonVi\":\"16000\",\"maTinh\":\"38\",\"module\":\"LTKS\",\"maHoSoLT\":\"G22"
                        + ".99-250101-0001\","
                        + "\"maHoSoMCDT\":\"H56.99.99-250101-0001\",\"errors\":null,\"trangThai\":\"4\",\"thoiGianThu"
                        + "cHien\":"
                        + "\"02/01/2025 10:00:00\",\"ghiChu\":null,\"nguoiXuLy\":\"CAN BO TU "
                        + "PHAP\",\"chucDanh\":\"Công chức tư pháp"
                        + " - hộ tịch\",\"phongBanXuLy\":\"UBND xã "
                        + "Y\",\"noiDungXuLy\":null,\"hanBoSungHoSo\":null,\"ketQuaXuLy\":"
                        + "{\"soDinhDanh\":\"000000000000\",\"ngayDangKy\":\"02/01/2025\",\"nksHoTen\":\"NGUYEN VAN "
                        + "A\",\"nksGioiTinh\":1,"
                        + "\"nksNoiSinh\":{\"maTinh\":\"38\",\"dcChiTiet\":\"Bệnh viện "
                        + "X\"},\"soDangKy\":\"01\",\"quyenSo\":\"01/2025\","
                        + "\"trangSo\":\"1\",\"giayKhaiSinh\":\"" + pdf + "\"}}]}")));
        CivilStatusResult r =
                client.result(CivilModule.BIRTH, "H56.99.99-250101-0001").orElseThrow();
        wm.verify(postRequestedFor(urlEqualTo("/btp/LayKetQua"))
                .withRequestBody(equalToJson(
                        "{\"maDinhDanhHoSo\":[\"H56.99.99-250101-0001\"],\"maTinh\":\"38\",\"module\":\"LTKS\"}")));
        assertThat(r.status()).isEqualTo(JusticeStatus.COMPLETED);
        assertThat(r.performedAt()).isEqualTo(LocalDateTime.of(2025, 1, 2, 10, 0));
        assertThat(r.handler()).isEqualTo("CAN BO TU PHAP");
        assertThat(r.department()).isEqualTo("UBND xã Y");
        RegistrationCertificate c = r.certificate().orElseThrow();
        assertThat(c.personalId()).isEqualTo("000000000000");
        assertThat(c.registeredOn()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(c.registerNumber()).isEqualTo("01");
        assertThat(c.book()).isEqualTo("01/2025");
        assertThat(c.pdf()).isEqualTo(CivilFixtures.PDF);
        assertThat(c.fields())
                .containsEntry("nksNoiSinh", "Bệnh viện X")
                .containsEntry("nksNoiSinhMaTinh", "38")
                .doesNotContainKey("giayKhaiSinh");
        assertThat(c.toString()).doesNotContain("000000000000");
    }

    @Test
    void results_whenManyCodes_asksThreePerCallAndMapsEveryStatus() {
        wm.stubFor(post(urlEqualTo("/btp/LayKetQua"))
                .willReturn(okJson("{\"status\":1,\"value\":["
                        + "{\"maHoSoMCDT\":\"A\",\"trangThai\":\"1\"},{\"maHoSoMCDT\":\"B\",\"trangThai\":\"2\",\"noi"
                        + "DungXuLy\":"
                        + "\"Bổ sung giấy chứng sinh\",\"hanBoSungHoSo\":\"10/01/2025 "
                        + "17:00:00\"},{\"maHoSoMCDT\":\"C\","
                        + "\"trangThai\":\"3\"},{\"maHoSoMCDT\":\"D\",\"trangThai\":\"6\",\"ghiChu\":\"Sai thông "
                        + "tin\"},"
                        + "{\"maHoSoMCDT\":\"E\",\"trangThai\":\"5\"}]}")));
        List<CivilStatusResult> r = client.results(CivilModule.DEATH, List.of("A", "B", "C", "D", "E"));
        wm.verify(2, postRequestedFor(urlEqualTo("/btp/LayKetQua")));
        assertThat(r.subList(0, 5))
                .extracting(CivilStatusResult::status)
                .containsExactly(
                        JusticeStatus.WAITING,
                        JusticeStatus.SUPPLEMENT_REQUIRED,
                        JusticeStatus.PROCESSING,
                        JusticeStatus.REFUSED,
                        JusticeStatus.UNKNOWN);
        assertThat(r.get(1).supplementDeadline()).isEqualTo(LocalDateTime.of(2025, 1, 10, 17, 0));
        assertThat(r.get(3).note()).isEqualTo("Sai thông tin");
    }

    @Test
    void results_whenStatusZeroOrTimeNotInTheExactFormat_throws() {
        wm.stubFor(
                post(urlEqualTo("/btp/LayKetQua")).willReturn(okJson("{\"status\":0,\"statusDescription\":\"Lỗi\"}")));
        assertThatThrownBy(() -> client.results(CivilModule.BIRTH, List.of("A")))
                .isInstanceOf(EgovServiceException.class);
        wm.stubFor(post(urlEqualTo("/btp/LayKetQua"))
                .willReturn(okJson("{\"status\":1,\"value\":[{\"maHoSoMCDT\":\"A\","
                        + "\"trangThai\":\"3\",\"thoiGianThucHien\":\"2025-01-02T10:00:00\"}]}")));
        assertThatThrownBy(() -> client.results(CivilModule.BIRTH, List.of("A")))
                .hasMessageContaining("dd/MM/yyyy HH:mm:ss");
    }
}
