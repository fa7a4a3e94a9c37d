package io.github.egovsdk.dvc.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PaymentClient against WireMock stubs in the payment platform's shapes (identity-and-public-service-portal.md §11).
 * */
class PaymentClientTest {
    static final String SECRET = "test-secret";
    static final List<String> CALLBACK = List.of(
            "LoaiBanTin",
            "MaLoi",
            "MaDoiTac",
            "MaThamChieu",
            "SoTien",
            "MaTienTe",
            "MaGiaoDich",
            "MaNganHang",
            "ThoiGianGD",
            "ThongTinGiaoDich");
    static final String REF = "dvcH5614250101000120250101140501";
    private WireMockServer platform;

    @BeforeEach
    void start() {
        platform = new WireMockServer(options().dynamicPort());
        platform.start();
    }

    @AfterEach
    void stop() {
        platform.stop();
    }

    private PaymentClient client(Instant now) {
        return PaymentClient.builder()
                .endpoint(platform.baseUrl() + "/payment")
                .partnerCode("DOITAC01")
                .secret(SECRET)
                .serverIp("10.0.0.5")
                .clock(Clock.fixed(now, ZoneOffset.UTC))
                .retryPolicy(
                        RetryPolicy.builder().baseDelay(Duration.ofMillis(5)).build())
                .build();
    }

    private JsonNode sent(String url) {
        return EgovJson.tryParse(
                platform.findAll(postRequestedFor(urlEqualTo(url))).get(0).getBodyAsString());
    }

    private static String mac(JsonNode m, List<String> fields) {
        return PaymentMac.compute(
                fields.stream().map(f -> m.path(f).asString("")).toList(), SECRET);
    }

    static ObjectNode callback(String code, long amount) {
        ObjectNode c = EgovJson.mapper()
                .createObjectNode()
                .put("LoaiBanTin", "CONFIRM")
                .put("MaLoi", code)
                .put("MaDoiTac", "DOITAC01")
                .put("MaThamChieu", REF)
                .put("SoTien", amount)
                .put("MaTienTe", "VND")
                .put("MaGiaoDich", "GD123")
                .put("MaNganHang", "VCB")
                .put("ThoiGianGD", "20250101141000")
                .put("ThongTinGiaoDich", "THANH TOAN HO SO H56.14-250101-0001");
        return c.put("MaXacThuc", mac(c, CALLBACK));
    }

    @Test
    void init_whenReferenceWorkedExample_sendsTheSha256sumVectorMac() throws Exception {
        platform.stubFor(post(urlEqualTo("/payment/init"))
                .willReturn(okJson("{\"error_code\":\"0\",\"message\":"
                        + "\"{\\\"UrlThanhToan\\\":\\\"https://pay.example.vn/p/1\\\"}\"}")));
        // 14:05:01 in Vietnam.
        PaymentClient client = client(Instant.parse("2025-01-01T07:05:01Z"));

        PaymentInit init = client.init(PaymentOrder.of("H56.14-250101-0001", VndAmount.of(150_000)));

        JsonNode body = sent("/payment/init");
        String expected = Files.readString(PaymentMacTest.DIR.resolve("init-mac-expected.hex"))
                .strip();
        assertThat(body.path("MaXacThuc").asString()).isEqualTo(expected);
        assertThat(body.path("MaThamChieu").asString()).isEqualTo(REF);
        assertThat(body.path("ThoiGianGD").asString()).isEqualTo("20250101140501");
        assertThat(body.path("SoTien").asString()).isEqualTo("150000");
        assertThat(init.reference()).isEqualTo(REF);
        assertThat(init.paymentUrl()).hasToString("https://pay.example.vn/p/1");
        client.close();
    }

    @Test
    void init_whenAt13h30_stampsThirteenNotOne() {
        platform.stubFor(post(urlEqualTo("/payment/init"))
                .willReturn(okJson(
                        "{\"error_code\":\"0\",\"message\":" + "{\"UrlThanhToan\":\"https://pay.example.vn/p/2\"}}")));
        PaymentClient client = client(Instant.parse("2025-01-01T06:30:00Z")); // 13:30:00 in Vietnam

        PaymentInit init = client.init(PaymentOrder.of("000.00.00.H27-250101-0002", VndAmount.of(8_000)));

        JsonNode body = sent("/payment/init");
        assertThat(body.path("ThoiGianGD").asString())
                .isEqualTo("20250101133000")
                .doesNotContain("20250101013000");
        assertThat(init.reference()).isEqualTo("dvc0000000H27250101000220250101133000");
        assertThat(body.path("MaXacThuc").asString())
                .isEqualTo(mac(
                        body,
                        List.of(
                                "LoaiBanTin",
                                "PhienBan",
                                "MaDoiTac",
                                "MaThamChieu",
                                "SoTien",
                                "LoaiHinhThanhToan",
                                "MaKenhThanhToan",
                                "MaThietBi",
                                "NgonNgu",
                                "MaTienTe",
                                "MaNganHang",
                                "ThongTinGiaoDich",
                                "ThoiGianGD",
                                "Ip")));
        client.close();
    }

    @Test
    void init_whenPlatformRefuses_throwsItsCodeAndVietnameseMessage() {
        platform.stubFor(post(urlEqualTo("/payment/init"))
                .willReturn(okJson("{\"error_code\":\"97\",\"message\":"
                        + "\"Sai mã xác thực (MaXacThuc)\",\"MaXacThuc\":\"73e41ab1b698dd3d\"}")));
        PaymentClient client = client(Instant.parse("2025-01-01T07:05:01Z"));

        assertThatThrownBy(() -> client.init(PaymentOrder.of("H56.14-250101-0001", VndAmount.of(1))))
                .isInstanceOfSatisfying(EgovServiceException.class, e -> {
                    assertThat(e.serviceErrorCode()).contains("97");
                    assertThat(e.serviceMessage()).contains("Sai mã xác thực (MaXacThuc)");
                    assertThat(e.bodyExcerpt())
                            .hasValueSatisfying(
                                    b -> assertThat(b).contains("\"97\"").doesNotContain("73e41ab1b698dd3d"));
                });
        client.close();
    }

    @Test
    void init_whenConnectionReset_isNotRetried() {
        platform.stubFor(
                post(urlEqualTo("/payment/init")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        PaymentClient client = client(Instant.parse("2025-01-01T07:05:01Z"));

        assertThatThrownBy(() -> client.init(PaymentOrder.of("H56.14-250101-0001", VndAmount.of(1000))))
                .isInstanceOf(EgovTransportException.class);
        platform.verify(1, postRequestedFor(urlEqualTo("/payment/init")));
        client.close();
    }

    @Test
    void query_whenReplyMacValid_returnsThePaidResultAndSignsTheQuery() {
        platform.stubFor(post(urlEqualTo("/payment/query"))
                .withRequestBody(matchingJsonPath("$.LoaiBanTin", equalTo("QUERY")))
                .willReturn(okJson(callback("00", 150_000).toString())));
        PaymentClient client = client(Instant.parse("2025-01-01T07:15:00Z"));

        PaymentResult r = client.query(REF);

        assertThat(r.isSuccessful()).isTrue();
        assertThat(r.amountVnd()).isEqualTo(150_000);
        assertThat(r.transactionId()).isEqualTo("GD123");
        JsonNode q = sent("/payment/query");
        assertThat(q.path("ThoiGianGD").asString()).isEqualTo("20250101141500");
        assertThat(q.path("MaXacThuc").asString())
                .isEqualTo(mac(q, List.of("LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu", "ThoiGianGD")));
        client.close();
    }

    @Test
    void query_whenReplyMacTampered_rejectsIt() {
        ObjectNode forged = callback("24", 150_000).put("MaLoi", "00"); // outcome changed after signing
        platform.stubFor(post(urlEqualTo("/payment/query")).willReturn(okJson(forged.toString())));
        PaymentClient client = client(Instant.parse("2025-01-01T07:15:00Z"));

        assertThatThrownBy(() -> client.query(REF)).isInstanceOf(InvalidPaymentMacException.class);
        client.close();
    }

    @Test
    void query_whenConnectionResetOnce_retries() {
        platform.stubFor(post(urlEqualTo("/payment/query"))
                .inScenario("q")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("up"));
        platform.stubFor(post(urlEqualTo("/payment/query"))
                .inScenario("q")
                .whenScenarioStateIs("up")
                .willReturn(okJson(callback("01", 150_000).toString())));
        PaymentClient client = client(Instant.parse("2025-01-01T07:15:00Z"));

        assertThat(client.query(REF).isSuccessful()).isFalse();
        platform.verify(2, postRequestedFor(urlEqualTo("/payment/query")));
        client.close();
    }

    @Test
    void verifyCallback_whenMacValid_returnsTheResult() {
        PaymentClient client = client(Instant.parse("2025-01-01T07:15:00Z"));

        PaymentResult r = client.verifyCallback(callback("00", 150_000).toString());

        assertThat(r.isSuccessful()).isTrue();
        assertThat(r.reference()).isEqualTo(REF);
        platform.verify(0, anyRequestedFor(anyUrl()));
        client.close();
    }

    @Test
    void verifyCallback_whenMacBadOrAmountChangedOrNotJson_rejectsWithoutCallingAnything() {
        PaymentClient client = client(Instant.parse("2025-01-01T07:15:00Z"));
        String badMac = callback("00", 150_000).put("MaXacThuc", "0".repeat(64)).toString();
        String changedAmount = callback("00", 150_000).put("SoTien", 15_000).toString();

        assertThatThrownBy(() -> client.verifyCallback(badMac)).isInstanceOf(InvalidPaymentMacException.class);
        assertThatThrownBy(() -> client.verifyCallback(changedAmount))
                .isInstanceOf(InvalidPaymentMacException.class)
                .hasMessageContaining("nothing changed");
        assertThatThrownBy(() -> client.verifyCallback("<xml/>")).isInstanceOf(InvalidPaymentMacException.class);
        platform.verify(0, anyRequestedFor(anyUrl()));
        client.close();
    }

    @Test
    void receipt_whenPaid_returnsThePdfOfASignedGetBill() {
        byte[] pdf = "%PDF-1.7\n...bien lai...\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        platform.stubFor(post(urlEqualTo("/payment/receipt"))
                .withRequestBody(matchingJsonPath("$.LoaiBanTin", equalTo("GET_BILL")))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/pdf")
                        .withBody(pdf)));
        PaymentClient client = client(Instant.parse("2025-01-01T07:20:00Z"));

        assertThat(client.receipt(REF)).isEqualTo(pdf);
        JsonNode q = sent("/payment/receipt");
        assertThat(q.path("MaXacThuc").asString())
                .isEqualTo(mac(q, List.of("LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu", "ThoiGianGD")));
        client.close();
    }

    @Test
    void receipt_whenPlatformAnswersAnError_throwsItsCodeAndMessage() {
        platform.stubFor(post(urlEqualTo("/payment/receipt"))
                .willReturn(okJson("{\"error_code\":\"93\",\"message\":" + "\"Không tìm thấy giao dịch\"}")));
        PaymentClient client = client(Instant.parse("2025-01-01T07:20:00Z"));

        assertThatThrownBy(() -> client.receipt(REF)).isInstanceOfSatisfying(EgovServiceException.class, e -> {
            assertThat(e.serviceErrorCode()).contains("93");
            assertThat(e.serviceMessage()).contains("Không tìm thấy giao dịch");
        });
        client.close();
    }
}
