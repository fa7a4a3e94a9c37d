package io.github.egovsdk.testkit.internal.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which answers the console counts as refusals, and which reason it shows, for every shape the services use. */
class RefusalListenerTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "200|{\"status\":\"FAIL\",\"ErrorCode\":\"4\",\"ErrorDesc\":\"Don vi nhan khong ton tai\"}|4|Don vi "
                        + "nhan khong ton tai",
                "200|{\"error_code\":-1,\"message\":\"Thiếu trường bắt buộc MaHoSo\"}|-1|Thiếu trường bắt buộc MaHoSo",
                "200|{\"error_code\":\"97\",\"message\":\"Sai mã xác thực (MaXacThuc)\"}|97|Sai mã xác thực "
                        + "(MaXacThuc)",
                "401|{\"error\":\"invalid_client\",\"error_description\":\"Client authentication "
                        + "failed\"}|invalid_client|Client authentication failed",
                "500|<soap:Envelope><soap:Body><soap:Fault><faultstring>Mã hồ sơ không tồn "
                        + "tại</faultstring></soap:Fault></soap:Body></soap:Envelope>|500|Mã hồ sơ không tồn tại",
                "404|not here|404|not here",
                "401|{\"message\":\"Phiên làm việc hết hạn\"}|401|Phiên làm việc hết hạn",
            })
    void refusal_whenAnswerIsARefusalShape_givesCodeAndReason(int status, String body, String code, String reason) {
        Optional<String[]> r = RefusalListener.refusal(status, body.getBytes(StandardCharsets.UTF_8));
        assertThat(r).isPresent();
        assertThat(r.get()[0]).isEqualTo(code);
        assertThat(r.get()[1]).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "200|{\"status\":\"OK\",\"ErrorCode\":\"0\",\"ErrorDesc\":\"Thanh cong\"}",
                "200|{\"error_code\":0,\"message\":\"Đồng bộ thành công\"}",
                "200|{\"error_code\":\"0\",\"message\":\"{}\"}",
                "200|{\"access_token\":\"x\",\"token_type\":\"Bearer\"}",
                "302|",
                "200|%PDF-1.7",
            })
    void refusal_whenAnswerIsASuccess_isEmpty(int status, String body) {
        assertThat(RefusalListener.refusal(status, (body == null ? "" : body).getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @Test
    void refusal_whenLargeSuccessfulDownload_isNotRead() {
        byte[] big = ("{\"status\":\"FAIL\",\"data\":\"" + "A".repeat(20_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(RefusalListener.refusal(200, big)).isEmpty();
        assertThat(RefusalListener.refusal(502, big))
                .hasValueSatisfying(r -> assertThat(r[1]).isEqualTo("HTTP 502"));
    }

    @Test
    void serviceOf_whenPath_isItsFirstSegment() {
        assertThat(RefusalListener.serviceOf("/vxp/sendEdoc")).isEqualTo("vxp");
        assertThat(RefusalListener.serviceOf("/tsa")).isEqualTo("tsa");
    }
}
