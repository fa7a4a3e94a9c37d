package io.github.egovsdk.civil.criminal;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import io.github.egovsdk.civil.interconnect.StatusPushOutcome;
import io.github.egovsdk.civil.justice.SubmitOutcome;
import io.github.egovsdk.civil.registration.PayloadFormatException;
import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.config.RetryPolicy;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriminalRecordClientTest {
    /** VNeID's TaoHoSo request, as the reference's composed example. */
    static final String INTAKE = "{\"maTinh\":\"38\",\"tenTinh\":\"Thanh Hóa\",\"maHoSoMCDT\":\"H56.99-250101-0001\","
            + "\"ngayTiepNhan\":\"01/01/2025\",\"nguonDangKy\":2,\"tenNguonDangKy\":\"VNeID\",\"toKhai\":{\"loaiPhieu"
            + "\":1,"
            + "\"yeuCauCDNCV\":0,\"maMucDich\":1,\"tenMucDich\":\"Bổ sung hồ sơ xin việc\",\"soLuongCap\":1,"
            + "\"nycHoTen\":\"NGUYEN VAN A\",\"nycGioiTinh\":1,\"nycNgaySinh\":\"01/01/1990\",\"nycLoaiGiayTo\":1,"
            + "\"nycSoGiayTo\":\"000000000000\",\"uyQuyen\":0,\"giayToDinhKem\":[{\"ma\":\"CCCD\",\"ten\":\"Căn cước\","
            + "\"danhSach\":[{\"loai\":\"pdf\",\"duLieu\":\"JVBERi0x\"}]}]}}";

    private WireMockServer wm;
    private CriminalRecordClient client;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        client = CriminalRecordClient.builder()
                .endpoint(wm.baseUrl())
                .authKey("auth-KHONG-DUNG-THAT")
                .province("38", "Thanh Hóa")
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        wm.stop();
    }

    @Test
    void intake_whenVneidRequest_readsApplicationAndRepliesInItsShape() {
        CriminalRecordApplication a = CriminalRecordIntake.parse(INTAKE);
        assertThat(a.localCode()).isEqualTo("H56.99-250101-0001");
        assertThat(a.receivedOn()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(a.source()).isEqualTo("2");
        assertThat(a.applicant().idNumber()).isEqualTo("000000000000");
        assertThat(a.files()).singleElement().satisfies(f -> assertThat(f.content())
                .startsWith('%', 'P', 'D', 'F'));
        assertThat(a.toString()).doesNotContain("NGUYEN", "000000000000");
        assertThat(CriminalRecordIntake.reply(true, null))
                .isEqualTo("{\"statusCode\":\"00\",\"data\":null," + "\"errorDetail\":null}");
        assertThat(CriminalRecordIntake.reply(false, "Hồ sơ đã tồn tại")).contains("\"01\"", "đã tồn tại");
        assertThat(CriminalRecordIntake.codeMatches("abc", "abc")).isTrue();
        assertThat(CriminalRecordIntake.codeMatches("abd", "abc")).isFalse();
        assertThat(CriminalRecordIntake.codeMatches(null, "abc")).isFalse();
    }

    @Test
    void intake_whenMalformedOrMutated_onlySdkExceptionsLeave() {
        assertThatThrownBy(() -> CriminalRecordIntake.parse("{\"toKhai\":{}}"))
                .isInstanceOf(PayloadFormatException.class);
        assertThatThrownBy(() -> CriminalRecordIntake.parse("nope")).isInstanceOf(PayloadFormatException.class);
        Random r = new Random(7);
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder(INTAKE);
            int at = r.nextInt(b.length());
            b.replace(at, Math.min(b.length(), at + r.nextInt(8)), String.valueOf((char) r.nextInt(128)));
            try {
                CriminalRecordIntake.parse(b.toString());
            } catch (EgovException e) {
                assertThat(e).isNotNull();
            }
        }
    }

    @Test
    void submit_whenGatewayConfirms_sendsDataLgspWithAuthKeyAndNoAuthHeader() {
        wm.stubFor(post(urlEqualTo("/lltp/guiHoSo"))
                .willReturn(okJson("{\"status\":\"1\",\"statusDescription\":" + "\"Gửi thông tin thành công\"}")));
        CriminalRecordApplication a =
                CriminalRecordIntake.parse(INTAKE.replace("\"nycGioiTinh\":1", "\"nycGioiTinh\":0"));
        assertThat(client.submit(a)).isEqualTo(SubmitOutcome.ACCEPTED);
        wm.verify(postRequestedFor(urlEqualTo("/lltp/guiHoSo"))
                .withHeader("Authorization", absent())
                .withRequestBody(matchingJsonPath("$.authKey", equalTo("auth-KHONG-DUNG-THAT")))
                .withRequestBody(matchingJsonPath("$.ngayTiepNhan", equalTo("01/01/2025")))
                .withRequestBody(matchingJsonPath("$.toKhai.nycGioiTinh", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.toKhai.fileHoSo[0].noiDungFile", equalTo("JVBERi0x"))));
        wm.stubFor(post(urlEqualTo("/lltp/guiHoSo"))
                .willReturn(okJson(
                        "{\"statusDescription\":\"Hồ sơ đã được tiếp nhận," + " không thể cập nhật thông tin\"}")));
        assertThat(client.submit(a)).isEqualTo(SubmitOutcome.ALREADY_RECEIVED);
        wm.stubFor(post(urlEqualTo("/lltp/guiHoSo"))
                .willReturn(
                        okJson("{\"status\":\"0\",\"errorCode\":\"E9\"," + "\"errorDescription\":\"Sai authKey\"}")));
        assertThatThrownBy(() -> client.submit(a))
                .isInstanceOfSatisfying(EgovServiceException.class, e -> assertThat(e.serviceMessage())
                        .contains("Sai authKey"));
    }

    @Test
    void result_whenDone_readsCertificate() {
        String pdf = Base64.getEncoder().encodeToString(CivilFixtures.PDF);
        wm.stubFor(post(urlEqualTo("/lltp/nhanTrangThai"))
                .withRequestBody(matchingJsonPath("$.authKey", equalTo("auth-KHONG-DUNG-THAT")))
                .withRequestBody(matchingJsonPath("$.maTinh", equalTo("38")))
                .willReturn(okJson("{\"status\":1,\"statusDescription\":\"Thành "
                        + "công\",\"value\":[{\"maHoSoMCDT\":\"H56.99-250101-0001\","
                        + "\"trangThaiXuLy\":\"9\",\"ketQuaXuLy\":{\"soPhieuLLTP\":\"000001/2025/LLTP\",\"nga"
                        + "yCapPhieu\":"
                        + "\"05/01/2025\",\"loaiPhieu\":\"1\",\"nguoiKy\":\"NGUYEN VAN "
                        + "C\",\"tinhTrangAnTich\":\"0\","
                        + "\"tenTinhTrangAnTich\":\"Không có án tích\",\"phieuLLTP\":\"" + pdf + "\"}}]}")));
        CriminalRecordResult r = client.result("H56.99-250101-0001").orElseThrow();
        assertThat(r.state()).contains(CriminalRecordState.DONE);
        assertThat(r.state().orElseThrow().hasCertificate()).isTrue();
        assertThat(r.certificateNumber()).isEqualTo("000001/2025/LLTP");
        assertThat(r.issuedOn()).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(r.pdf()).isEqualTo(CivilFixtures.PDF);
        assertThat(client.result("OTHER")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"statusCode\":\"00\",\"data\":null,\"errorDetail\":null}|DONE",
                "{\"statusCode\":\"01\",\"errorDetail\":\"Hồ sơ không thể cập nhật lên trạng thái 10\"}|DONE",
                "{\"statusCode\":\"01\",\"errorDetail\":\"Sai mã hồ sơ\"}|FAILED",
                "{\"statusCode\":\"03\",\"data\":null,\"errorDetail\":\"Yêu cầu bị gián đoạn. Vui lòng thử "
                        + "lại.\"}|RETRY"
            })
    void pushStatus_whenVneidReplies_classifiesAsTheReferenceDoes(String reply, StatusPushOutcome expected) {
        wm.stubFor(post(urlEqualTo("/v2/lyLichTuPhap/traKetQuaHoSoLLTP")).willReturn(okJson(reply)));
        assertThat(client.pushStatus(new CriminalRecordStatusUpdate(
                        "H56.99-250101-0001",
                        CriminalRecordState.RETURNED,
                        null,
                        LocalDate.of(2025, 1, 8),
                        false,
                        null)))
                .isEqualTo(expected);
        wm.verify(postRequestedFor(urlEqualTo("/v2/lyLichTuPhap/traKetQuaHoSoLLTP"))
                .withRequestBody(equalToJson("{\"maTinh\":\"38\",\"tenTinh\":\"Thanh "
                        + "Hóa\",\"maHoSoMCDT\":\"H56.99-250101-0001\",\"trangThaiXuLy\":\"10\","
                        + "\"tenTrangThaiXuLy\":\"Đã trả kết "
                        + "quả\",\"lyDoTuChoi\":\"\",\"ngayHenTraKetQua\":\"08/01/2025\","
                        + "\"type\":\"ketqua\",\"ketQuaXuLy\":null}")));
    }
}
