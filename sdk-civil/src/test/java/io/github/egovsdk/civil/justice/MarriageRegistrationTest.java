package io.github.egovsdk.civil.justice;

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
import io.github.egovsdk.civil.MarriageFixtures;
import io.github.egovsdk.civil.internal.MarriageWire;
import io.github.egovsdk.civil.registration.IdentityDocument;
import io.github.egovsdk.civil.registration.InvalidRegistrationException;
import io.github.egovsdk.civil.registration.MarriageParty;
import io.github.egovsdk.civil.registration.MarriageRegistration;
import io.github.egovsdk.civil.registration.PayloadFormatException;
import io.github.egovsdk.civil.registration.RegistrationProblem;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Marriage registration (đăng ký kết hôn, {@code LTKH}) against WireMock in the reference's shapes. */
class MarriageRegistrationTest {
    private static final String OK =
            "{\"status\":\"1\",\"statusDescription\":\"Thành công\",\"errorCode\":null," + "\"errorDescription\":null}";
    private WireMockServer wm;
    private CivilStatusClient client;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        client = CivilStatusClient.builder()
                .endpoint(wm.baseUrl() + "/btp")
                .provinceCode("27")
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        wm.stop();
    }

    private JsonNode sent(int i) {
        return EgovJson.tryParse(wm.getAllServeEvents().get(i).getRequest().getBodyAsString());
    }

    @Test
    void submitMarriage_whenValid_sendsLtkhWithEveryDataDkkhFieldDottedDatesAndActiveFilesAsTypeOne() {
        wm.stubFor(post(urlEqualTo("/btp/NhanDKHT")).willReturn(okJson(OK)));
        assertThat(client.submitMarriage(
                        MarriageFixtures.registration(),
                        "H27.99-260101-0001",
                        LocalDateTime.of(2026, 1, 1, 8, 5),
                        MarriageFixtures.attachments()))
                .isEqualTo(SubmitOutcome.ACCEPTED);
        JsonNode b = sent(0);
        assertThat(b.path("module").asString()).isEqualTo("LTKH");
        assertThat(b.path("maDonVi").asString()).isEqualTo("09193");
        assertThat(b.path("maHoSoLT").asString())
                .as("for LTKH the one-stop code")
                .isEqualTo("H27.99-260101-0001");
        assertThat(b.path("maHoSoMCDT").asString()).isEqualTo("H27.99-260101-0001");
        assertThat(b.path("ngayTiepNhan").asString()).isEqualTo("01/01/2026 08:05:00");
        assertThat(b.path("fileDinhKem")).singleElement().satisfies(f -> {
            assertThat(f.path("loaiGiayTo").asInt()).isEqualTo(1);
            assertThat(f.path("huyGiayTo").asInt()).isZero();
            assertThat(Base64.getDecoder().decode(f.path("duLieuTepDinhKem").asString()))
                    .isEqualTo(CivilFixtures.PDF);
        });
        JsonNode d = EgovJson.tryParse(b.path("data").asString());
        assertThat(d.path("noiDangKy").asString()).isEqualTo("09193");
        assertThat(d.path("soBanSao").isInt()).isTrue();
        assertThat(d.path("soLuongBanSao").asString()).isEqualTo("2");
        assertThat(d.path("chongNgaySinh").asString()).isEqualTo("04.03.1995");
        assertThat(d.path("voNgaySinh").asString()).isEqualTo("08.07.1997");
        assertThat(d.path("chongNgayCapGiayToTuyThan").asString()).isEqualTo("06.05.2021");
        assertThat(d.path("chongNoiCuTru").path("maXa").asString()).isEqualTo("09193");
        assertThat(d.path("voNoiCuTru").path("dcChiTiet").asString()).isEqualTo("Thôn 2, xã Z");
        assertThat(d.path("chongSoLanKH").isInt()).isTrue();
        assertThat(d.path("chongNoiXNTTHN").asString())
                .as("defaults to noiDangKy")
                .isEqualTo("09193");
        assertThat(d.path("voNoiXNTTHN").asString()).isEqualTo("09194");
        for (String side : List.of("chong", "vo")) {
            for (String f : List.of(
                    "HoTen",
                    "NgaySinh",
                    "DanToc",
                    "DanTocKhac",
                    "QuocTich",
                    "LoaiCuTru",
                    "NoiCuTru",
                    "LoaiGiayToTuyThan",
                    "GiayToKhac",
                    "SoGiayToTuyThan",
                    "NgayCapGiayToTuyThan",
                    "NoiCapGiayToTuyThan",
                    "SoDDCN",
                    "SoLanKH",
                    "LoaiTinhTrangHonNhan",
                    "TinhTrangHonNhan",
                    "YeuCauXNTTHN",
                    "NoiXNTTHN")) {
                assertThat(d.has(side + f)).as(side + f).isTrue();
            }
        }
        for (String f : List.of("ghiChu", "loaiDangKy", "ngayXacLapQuanHeHonNhan", "chongCuTruNuocNgoai")) {
            assertThat(d.has(f)).as(f).isTrue();
        }
    }

    @Test
    void submitMarriage_whenRepeatedOrRefused_recognisesTheRepeatAndThrowsTheMinistryError() {
        wm.stubFor(post(urlEqualTo("/btp/NhanDKHT"))
                .willReturn(okJson("{\"status\":\"0\",\"errorCode\":\"E01\","
                        + "\"errorDescription\":\"Hồ sơ đã được tiếp nhận\"}")));
        MarriageRegistration m = MarriageFixtures.registration();
        assertThat(client.submitMarriage(m, "H1", LocalDateTime.now(), List.of()))
                .isEqualTo(SubmitOutcome.ALREADY_RECEIVED);
        wm.stubFor(post(urlEqualTo("/btp/NhanDKHT"))
                .willReturn(okJson("{\"status\":\"0\",\"errorCode\":\"E06\","
                        + "\"errorDescription\":\"voNgaySinh phải theo dd.MM.yyyy\"}")));
        assertThatThrownBy(() -> client.submitMarriage(m, "H1", LocalDateTime.now(), List.of()))
                .isInstanceOfSatisfying(EgovServiceException.class, e -> assertThat(e.serviceErrorCode())
                        .contains("E06"));
    }

    @Test
    void submitMarriage_whenMarriageEndpointConfigured_postsThere() {
        wm.stubFor(post(urlEqualTo("/btp-test/NhanDKHT")).willReturn(okJson(OK)));
        try (CivilStatusClient c = CivilStatusClient.builder()
                .endpoint(wm.baseUrl() + "/btp")
                .provinceCode("27")
                .marriageEndpoint(URI.create(wm.baseUrl() + "/btp-test/NhanDKHT"))
                .build()) {
            c.submitMarriage(MarriageFixtures.registration(), "H2", LocalDateTime.now(), List.of());
        }
        wm.verify(1, postRequestedFor(urlEqualTo("/btp-test/NhanDKHT")));
        wm.verify(0, postRequestedFor(urlEqualTo("/btp/NhanDKHT")));
    }

    @Test
    void submitMarriage_whenRequiredFieldsMissing_namesEachAndSendsNothing() {
        MarriageParty h = MarriageFixtures.husband();
        MarriageParty noName = new MarriageParty(
                null,
                null,
                h.ethnicity(),
                null,
                h.nationality(),
                h.residenceType(),
                h.residence(),
                new IdentityDocument("1", null, null, null, null),
                "12345",
                -1,
                null,
                null,
                null,
                null);
        MarriageRegistration m =
                new MarriageRegistration(null, null, 101, "1", null, null, noName, MarriageFixtures.wife(), null);
        assertThatThrownBy(() -> client.submitMarriage(m, "H3", LocalDateTime.now(), List.of()))
                .isInstanceOfSatisfying(InvalidRegistrationException.class, e -> assertThat(e.problems())
                        .extracting(RegistrationProblem::field)
                        .containsExactlyInAnyOrder(
                                "DataDKKH.noiDangKy",
                                "DataDKKH.soBanSao",
                                "DataDKKH.chongHoTen",
                                "DataDKKH.chongNgaySinh",
                                "DataDKKH.chongSoGiayToTuyThan",
                                "DataDKKH.chongSoDDCN",
                                "DataDKKH.chongSoLanKH"));
        assertThat(wm.getAllServeEvents()).as("nothing half-sent").isEmpty();
        assertThat(m.toString()).doesNotContain(MarriageFixtures.WIFE, MarriageFixtures.WIFE_ID);
    }

    @Test
    void parse_whenDataDkkhUsesTheUnpublishedVariants_acceptsEachOne() {
        String json = "{\"noiDangKy\":\"09193\",\"soBanSao\":\"1\",\"ngayXacLapQuanHeHonNhan\":\"2026-01-02\","
                + "\"chongHoTen\":\"A\",\"chongNgaySinh\":\"04/03/1995\",\"chongSoGiayToTuyThan\":\"001095012345\","
                + "\"chongSoLanKH\":\"1\",\"chongNoiCuTru\":\"Thôn 1\",\"chongCuTruNuocNgoai\":false,"
                + "\"voHoTen\":\"B\",\"voNgaySinh\":\"19970708\",\"voGiayToKhac\":\"Hộ chiếu\",\"voSoLanKH\":0}";
        MarriageRegistration m = MarriageRegistration.parse(json);
        assertThat(m.extractCopies()).isEqualTo(1);
        assertThat(m.relationshipSince()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(m.husband().birthDate()).isEqualTo(LocalDate.of(1995, 3, 4));
        assertThat(m.wife().birthDate()).isEqualTo(LocalDate.of(1997, 7, 8));
        assertThat(m.husband().marriageCount()).isEqualTo(1);
        assertThat(m.husband().residence().detail()).isEqualTo("Thôn 1");
        assertThat(m.husbandResidesAbroad()).isEqualTo("false");
        JsonNode again = MarriageWire.data(m);
        assertThat(again.path("chongNgaySinh").asString()).as("written dotted").isEqualTo("04.03.1995");
    }

    @Test
    void parse_whenDateInNoAcceptedFormatOrNotAnObject_namesTheFieldOrThePart() {
        assertThatThrownBy(() -> MarriageRegistration.parse("{\"noiDangKy\":\"1\",\"chongHoTen\":\"A\","
                        + "\"chongNgaySinh\":\"ngày 4 tháng 3\",\"chongSoGiayToTuyThan\":\"1\",\"voHoTen\":\"B\","
                        + "\"voNgaySinh\":\"08.07.1997\",\"voSoGiayToTuyThan\":\"2\",\"voSoLanKH\":\"hai\"}"))
                .isInstanceOfSatisfying(InvalidRegistrationException.class, e -> assertThat(e.problems())
                        .extracting(RegistrationProblem::field)
                        .contains("DataDKKH.chongNgaySinh", "DataDKKH.voSoLanKH"));
        assertThatThrownBy(() -> MarriageRegistration.parse("[1]")).isInstanceOf(PayloadFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"giayChungNhanKetHon", "giayKetHon", "giayDangKyKetHon"})
    void results_whenMarriageRegistered_readsTheCertificateWhicheverPdfFieldCarriesIt(String pdfField) {
        String pdf = Base64.getEncoder().encodeToString(CivilFixtures.PDF);
        wm.stubFor(post(urlEqualTo("/btp/LayKetQua"))
                .willReturn(okJson("{\"status\":1,\"value\":[{\"maDonVi\":"
                        + "\"09193\",\"module\":\"LTKH\",\"maHoSoLT\":\"H4\",\"maHoSoMCDT\":\"H4\",\"trangThai\":\"4\","
                        + "\"thoiGianThucHien\":\"02/01/2026 10:00:00\",\"ketQuaXuLy\":{\"ngayDangKy\":\"02/01/2026\","
                        + "\"chongHoTen\":\"A\",\"voHoTen\":\"B\",\"chongNoiCuTru\":{\"dcChiTiet\":\"Thôn "
                        + "1\"},\"soDangKy\":\"07\","
                        + "\"quyenSo\":\"01-KH/2026\",\"trangSo\":\"3\",\"" + pdfField + "\":\"" + pdf + "\"}}]}")));
        CivilStatusResult r = client.result(CivilModule.MARRIAGE, "H4").orElseThrow();
        assertThat(r.status()).isEqualTo(JusticeStatus.COMPLETED);
        RegistrationCertificate c = r.certificate().orElseThrow();
        assertThat(c.module()).isEqualTo(CivilModule.MARRIAGE);
        assertThat(c.pdf()).isEqualTo(CivilFixtures.PDF);
        assertThat(c.registerNumber()).isEqualTo("07");
        assertThat(c.registeredOn()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(c.subjectName()).isEqualTo("A – B");
        assertThat(c.personalId()).isNull();
        assertThat(c.fields()).containsEntry("chongNoiCuTru", "Thôn 1").doesNotContainKey(pdfField);
    }

    @Test
    void results_whenMarriageInAnUndocumentedStatus_isUnknownWithoutACertificate() {
        wm.stubFor(post(urlEqualTo("/btp/LayKetQua"))
                .willReturn(okJson("{\"status\":1,\"value\":[{\"module\":"
                        + "\"LTKH\",\"maHoSoMCDT\":\"H5\",\"trangThai\":\"5\",\"ketQuaXuLy\":"
                        + "{\"giayChungNhanKetHon\":\"QQ==\"}}]}")));
        CivilStatusResult r = client.result(CivilModule.MARRIAGE, "H5").orElseThrow();
        assertThat(r.status()).isEqualTo(JusticeStatus.UNKNOWN);
        assertThat(r.statusCode()).isEqualTo("5");
        assertThat(r.certificate()).isEmpty();
    }
}
