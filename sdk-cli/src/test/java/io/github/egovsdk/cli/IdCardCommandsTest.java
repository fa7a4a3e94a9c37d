package io.github.egovsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class IdCardCommandsTest {

    @Test
    void mrz_whenWorkedExample_printsTheContractJson() {
        CliRunner r = CliRunner.run(
                "id",
                "mrz",
                "IDVNM0990123459001099012345<<0",
                "9901018M3901016VNM<<<<<<<<<<<0",
                "NGUYEN<<VAN<A<<<<<<<<<<<<<<<<<",
                "--json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("valid").asBoolean()).isTrue();
        assertThat(j.get("personalId").asString()).isEqualTo("001099012345");
        assertThat(j.get("dateOfBirth").asString()).isEqualTo("1999-01-01");
        assertThat(j.get("expiryDate").asString()).isEqualTo("2039-01-01");
        assertThat(j.get("gender").asString()).isEqualTo("MALE");
        assertThat(j.get("nationality").asString()).isEqualTo("VNM");
        assertThat(j.get("checkDigits").get("composite").asBoolean()).isTrue();
    }

    @Test
    void mrz_whenCheckDigitBroken_exitsOne() {
        CliRunner r = CliRunner.run(
                "id",
                "mrz",
                "IDVNM0990123458001099012345<<0",
                "9901018M3901016VNM<<<<<<<<<<<0",
                "NGUYEN<<VAN<A<<<<<<<<<<<<<<<<<",
                "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.json().get("checkDigits").get("documentNumber").asBoolean())
                .isFalse();
    }

    @Test
    void qr_whenCardString_printsTheContractJson() {
        CliRunner r = CliRunner.run(
                "id", "qr", "001099012345||NGUYỄN VĂN A|01011999|Nam|Số 1 Phố X, Hà Nội|15082021", "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.json().get("fullName").asString()).isEqualTo("NGUYỄN VĂN A");
        assertThat(r.json().get("oldIdNumber").isNull()).isTrue();
        assertThat(r.json().get("issueDate").asString()).isEqualTo("2021-08-15");
    }
}
