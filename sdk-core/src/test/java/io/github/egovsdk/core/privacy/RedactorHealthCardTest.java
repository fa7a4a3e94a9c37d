package io.github.egovsdk.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorHealthCardTest {
    @Test
    void redact_whenHealthCardNumberAndOfficerName_masksBoth() {
        String s = Redactor.redact("{\"maThe\":\"GD4010100000001\",\"hoTenCb\":\"Trần Thị B\",\"HOTEN\":\"NGUYEN A\"}");
        assertThat(s)
                .doesNotContain("GD4010100000001")
                .contains("GD4*********001")
                .doesNotContain("Trần Thị B")
                .doesNotContain("NGUYEN A");
        assertThat(Redactor.redact("card XGD4010100000001")).isEqualTo("card XGD4010100000001");
    }
}
