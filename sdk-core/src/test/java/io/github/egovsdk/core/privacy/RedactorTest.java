package io.github.egovsdk.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CCCD 001099012345 verified|CCCD 001******345 verified",
                "cmnd=123456789;|cmnd=123***789;",
                "{\"soDinhDanh\":\"079203001234\"}|{\"soDinhDanh\":\"079******234\"}",
                "call 0912345678 now|call 0******678 now",
                "Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl|Authorization: Bearer ****",
                "{\"access_token\":\"abc.def\",\"x\":1}|{\"access_token\":\"****\",\"x\":1}",
                "grant_type=client_credentials&client_secret=hunter2&scope=a|grant_type=client_credentials&client_sec"
                        + "ret=****&scope=a",
                "amount 1500000 VND|amount 1500000 VND",
                "{\"session\":\"5f0c1d2e-sess\",\"madonvi\":\"000.00.00.H27\"}|{\"session\":\"****\",\"madonvi\":\"00"
                        + "0.00.00.H27\"}",
                "{\"MaXacThuc\": \"9f86d081884c7d65\"}|{\"MaXacThuc\": \"****\"}",
                "{\"HoVaTen\":\"Nguyễn Văn A\",\"fullName\":\"Trần B\",\"TenCoQuan\":\"Sở Tư "
                        + "pháp\"}|{\"HoVaTen\":\"****\",\"fullName\":\"****\",\"TenCoQuan\":\"Sở Tư pháp\"}",
            })
    void redact_whenTextHoldsPersonalDataOrSecrets_masksThem(String input, String expected) {
        assertThat(Redactor.redact(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"001099012345,001******345", "123456789,123***789", "12345,*****"})
    void maskPersonalId_keepsFirstAndLastThreeDigits(String id, String masked) {
        assertThat(Redactor.maskPersonalId(id)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({
        "Authorization,true",
        "XroadVnpt-hash-header,true",
        "X-Api-Key,true",
        "Content-Type,false",
        "XroadVnpt-systemid,false"
    })
    void isSecretHeader_byName(String header, boolean secret) {
        assertThat(Redactor.isSecretHeader(header)).isEqualTo(secret);
    }
}
