package io.github.egovsdk.health;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.core.vn.Gender;
import io.github.egovsdk.core.xml.SecureXml;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Certificate submissions against WireMock in the shapes vendors restate (GKSK, HSDLGCS/HSDLGBT), signed for real. */
class HealthCertificateClientTest {
    WireMockServer egw;

    @BeforeEach
    void start() {
        egw = new WireMockServer(wireMockConfig().dynamicPort());
        egw.start();
        egw.stubFor(post(urlEqualTo("/api/token/take")).willReturn(okJson(EgwReplies.token("at-1", "idt-1", "72000"))));
    }

    @AfterEach
    void stop() {
        egw.stop();
    }

    HealthCertificateClient client() throws Exception {
        return HealthCertificateClient.builder()
                .endpoint(egw.baseUrl())
                .login(EgwLogin.of("01000_BV", "secret".toCharArray()))
                .facilityCode("01000")
                .signingKey(TestKeys.facilityKey())
                .build();
    }

    static DrivingLicenceCertificate gksk(String number) {
        return new DrivingLicenceCertificate(
                number,
                "NGUYEN VAN A",
                Gender.MALE,
                LocalDate.of(1990, 1, 1),
                "Thôn Z, Xã Y",
                "38",
                "380",
                "16000",
                "000000000000",
                LocalDate.of(2021, 1, 1),
                "Cục CSQLHC về TTXH",
                "01000",
                "Bệnh viện mẫu",
                "0",
                DrivingLicenceCertificate.AlcoholUnit.MG_PER_LITRE_BREATH,
                false,
                LocalDate.of(2025, 1, 2),
                "BS MAU",
                "Đủ sức khỏe lái xe hạng B",
                "B",
                null,
                null,
                null);
    }

    static Document xml(byte[] bytes) {
        return SecureXml.parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void submitGksk_whenAdd_sendsHeadersFieldsAndAVerifiableSignedDataBlock() throws Exception {
        egw.stubFor(post(urlEqualTo("/api/hssk/gksk"))
                .withHeader("Username", equalTo("01000_BV"))
                .withHeader("Password", equalTo(HealthInsuranceClientTest.MD5_LOWER))
                .willReturn(okJson("{\"MSG_STATE\":\"1\",\"MSG_TEXT\":\"Thành công\",\"IDBENHVIEN\":\"01000\","
                        + "\"SO\":\"00001/GKSKLX/01000/25\",\"UUID\":\"00000000-0000-0000-0000-000000000001\","
                        + "\"BENHVIEN\":\"Bệnh viện mẫu\"}")));
        CertificateReceipt r;
        try (HealthCertificateClient c = client()) {
            r = c.submit(gksk("00001/GKSKLX/01000/25"), HealthCertificateClient.Action.ADD);
        }
        assertThat(r.accepted()).isTrue();
        assertThat(r.transactionId()).endsWith("0001");
        assertThat(r.certificateNumber()).isEqualTo("00001/GKSKLX/01000/25");
        JsonNode body = EgovJson.tryParse(egw.findAll(postRequestedFor(urlEqualTo("/api/hssk/gksk")))
                .get(0)
                .getBodyAsString());
        assertThat(body.get("STATE").asString()).isEqualTo("ADD");
        assertThat(body.get("GIOITINHVAL").asString()).isEqualTo("0");
        assertThat(body.get("NGAYSINH").asString()).isEqualTo("01/01/1990");
        assertThat(body.get("DVINONGDOCON").asString()).isEqualTo("1");
        assertThat(body.get("MATUY").asString()).isEqualTo("0");
        assertThat(body.has("NGAYKHAMLAI")).isFalse();
        Document block = xml(Base64.getDecoder().decode(body.get("SIGNDATA").asString()));
        assertThat(block.getElementsByTagName("HOTEN").item(0).getTextContent()).isEqualTo("NGUYEN VAN A");
        assertThat(TestKeys.signatureValid(block)).isTrue();
        block.getElementsByTagName("KETLUAN").item(0).setTextContent("Không đủ sức khỏe");
        assertThat(TestKeys.signatureValid(block))
                .as("a changed field breaks the signature")
                .isFalse();
    }

    @Test
    void submitGksk_whenRefusedOrForAnotherFacility_reportsIt() throws Exception {
        egw.stubFor(post(urlEqualTo("/api/hssk/gksk"))
                .willReturn(okJson("{\"MSG_STATE\":\"0\",\"MSG_TEXT\":" + "\"Số giấy đã tồn tại\"}")));
        try (HealthCertificateClient c = client()) {
            CertificateReceipt r = c.submit(gksk("00001/GKSKLX/01000/25"), HealthCertificateClient.Action.EDIT);
            assertThat(r.accepted()).isFalse();
            assertThat(r.message()).isEqualTo("Số giấy đã tồn tại");
            DrivingLicenceCertificate other = new DrivingLicenceCertificate(
                    "00001/GKSKLX/02000/25",
                    "A",
                    Gender.FEMALE,
                    LocalDate.of(1990, 1, 1),
                    "x",
                    "1",
                    "2",
                    "3",
                    "4",
                    LocalDate.of(2020, 1, 1),
                    "x",
                    "02000",
                    "x",
                    "0",
                    DrivingLicenceCertificate.AlcoholUnit.MG_PER_100ML_BLOOD,
                    true,
                    LocalDate.of(2025, 1, 1),
                    "x",
                    "x",
                    "A1",
                    null,
                    null,
                    null);
            assertThatThrownBy(() -> c.submit(other, HealthCertificateClient.Action.ADD))
                    .isInstanceOf(EgovClientException.class);
        }
    }

    @Test
    void drivingLicenceCertificate_whenFieldsWrong_namesEach() {
        assertThatThrownBy(() -> new DrivingLicenceCertificate(
                        "1/GKSK/01000/2025",
                        "",
                        null,
                        LocalDate.of(2026, 1, 1),
                        "x",
                        "1",
                        "2",
                        "3",
                        "4",
                        LocalDate.of(2020, 1, 1),
                        "x",
                        "01000",
                        "x",
                        "0",
                        null,
                        false,
                        LocalDate.of(2025, 1, 1),
                        "x",
                        "x",
                        "B",
                        LocalDate.of(2024, 1, 1),
                        null,
                        null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::propertyPath)
                        .containsExactlyInAnyOrder(
                                "fullName", "gender", "alcoholUnit", "number", "birthDate", "reExamDate"));
        assertThatThrownBy(() -> gksk("00001/GKSKLX/09999/25"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule)
                        .containsExactly("FacilityCode"));
    }

    static HealthDocument<BirthCertificateField> birth() {
        return HealthDocument.birthCertificate()
                .set(BirthCertificateField.MA_GCS, "GCS-0001")
                .set(BirthCertificateField.HOTEN_NND, "TRAN THI B")
                .set(BirthCertificateField.NGAYSINH_NND, "19950505")
                .set(BirthCertificateField.SO_CCCD_NND, "000000000000")
                .set(BirthCertificateField.TEN_CON, "NGUYEN VAN C")
                .set(BirthCertificateField.GIOI_TINH_CON, "1")
                .set(BirthCertificateField.CAN_NANG_CON, "3200")
                .set(BirthCertificateField.NGAY_SINH_CON, "202501020830")
                .set(BirthCertificateField.NOI_SINH_CON, "Bệnh viện mẫu")
                .set(BirthCertificateField.SINHCON_PHAUTHUAT, "0")
                .set(BirthCertificateField.NGAY_CT, "20250102")
                .set(BirthCertificateField.MA_TTDV, "BS THU TRUONG")
                .build();
    }

    @Test
    void submitBirthCertificate_sendsTheSignedPackageUnderBothNamesAndReadsEitherCasing() throws Exception {
        egw.stubFor(post(urlEqualTo("/api/hososuckhoe/guiGiayToDienTu"))
                .willReturn(okJson("{\"MaKetQua\":\"200\","
                        + "\"MaGD\":\"GD-0000000001\",\"ThoiGianTiepNhan\":\"20250102103000\"}")));
        CertificateReceipt r;
        try (HealthCertificateClient c = client()) {
            r = c.submit(birth());
        }
        assertThat(r.accepted()).isTrue();
        assertThat(r.submissionCode()).contains(SubmissionResultCode.SUCCESS);
        assertThat(r.transactionId()).isEqualTo("GD-0000000001");
        assertThat(r.receivedAt()).isEqualTo("20250102103000");
        LoggedRequest sent = egw.findAll(postRequestedFor(urlEqualTo("/api/hososuckhoe/guiGiayToDienTu")))
                .get(0);
        Map<String, String> form = form(sent.getBodyAsString());
        assertThat(form)
                .containsEntry("maCskcb", "01000")
                .containsEntry("loaiHs", "61")
                .containsEntry("token", "at-1")
                .containsEntry("id_token", "idt-1")
                .containsEntry("password", HealthInsuranceClientTest.MD5_LOWER);
        assertThat(form.get("fileHsBase64")).isEqualTo(form.get("fileBase64Str"));
        Document pkg = xml(Base64.getDecoder().decode(form.get("fileBase64Str")));
        assertThat(pkg.getDocumentElement().getTagName()).isEqualTo("HSDLGCS");
        assertThat(pkg.getElementsByTagName("GIAYCHUNGSINH")
                        .item(0)
                        .getAttributes()
                        .getNamedItem("Id"))
                .isNotNull();
        assertThat(pkg.getElementsByTagName("CHUKYDONVI")
                        .item(0)
                        .getFirstChild()
                        .getLocalName())
                .isEqualTo("Signature");
        assertThat(TestKeys.signatureValid(pkg)).isTrue();
    }

    @Test
    void submitDeathCertificate_whenGatewayRefusesFile_returnsTheCode() throws Exception {
        egw.stubFor(post(urlEqualTo("/api/hososuckhoe/guiGiayToDienTu")).willReturn(okJson("{\"maKetQua\":\"1001\"}")));
        HealthDocument<DeathCertificateField> death = HealthDocument.deathCertificate()
                .set(DeathCertificateField.MA_GBT, "GBT-1")
                .set(DeathCertificateField.HO_TEN, "NGUYEN VAN D")
                .set(DeathCertificateField.SO_GIAYTO, "000000000000")
                .set(DeathCertificateField.NGAY_TV, "20250101")
                .set(DeathCertificateField.MACSKCB, "01000")
                .build();
        try (HealthCertificateClient c = client()) {
            CertificateReceipt r = c.submit(death);
            assertThat(r.accepted()).isFalse();
            assertThat(r.submissionCode()).contains(SubmissionResultCode.FILE_TOO_LARGE);
            assertThat(r.message()).contains("File size quá dài");
        }
        assertThat(form(egw.findAll(postRequestedFor(urlEqualTo("/api/hososuckhoe/guiGiayToDienTu")))
                        .get(0)
                        .getBodyAsString()))
                .containsEntry("loaiHs", "60");
    }

    @Test
    void healthDocument_whenFieldsMissingOrMalformed_namesEach() {
        assertThatThrownBy(() -> HealthDocument.birthCertificate()
                        .set(BirthCertificateField.MA_GCS, "x")
                        .set(BirthCertificateField.GIOI_TINH_CON, "4")
                        .set(BirthCertificateField.NGAY_SINH_CON, "20250230")
                        .set(BirthCertificateField.NGAY_CT, "2025-01-02")
                        .set(BirthCertificateField.SINHCON_DUOI32TUAN, "yes")
                        .set(BirthCertificateField.HO_TEN_CHA, "A\u0001B")
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::propertyPath)
                        .containsExactlyInAnyOrder(
                                "HOTEN_NND",
                                "NGAYSINH_NND",
                                "HO_TEN_CHA",
                                "GIOI_TINH_CON",
                                "NGAY_SINH_CON",
                                "SINHCON_DUOI32TUAN",
                                "NOI_SINH_CON",
                                "NGAY_CT",
                                "MA_TTDV"));
        assertThat(birth().toString()).doesNotContain("TRAN THI B");
    }

    static Map<String, String> form(String body) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String p : body.split("&")) {
            int eq = p.indexOf('=');
            m.put(p.substring(0, eq), URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return m;
    }
}
