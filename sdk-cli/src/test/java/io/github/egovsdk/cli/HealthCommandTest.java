package io.github.egovsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.EgovSandboxTest;
import io.github.egovsdk.testkit.SandboxSocialSecurity;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code egov health check} against the sandbox Social Security gateway, as cli-contract.md fixes it. */
@EgovSandboxTest
class HealthCommandTest {
    static final SandboxSocialSecurity.Patient PATIENT = SandboxSocialSecurity.PATIENTS.get(0);

    static CliRunner check(EgovSandbox sandbox, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "health",
                "check",
                "--endpoint",
                sandbox.socialSecurityEndpoint().toString(),
                "--username",
                SandboxSocialSecurity.USERNAME,
                "--officer-name",
                SandboxSocialSecurity.OFFICER_NAME,
                "--officer-id",
                SandboxSocialSecurity.OFFICER_ID));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void check_whenCardUsable_printsTheContractJsonAndExits0(EgovSandbox sandbox) {
        CliRunner r = check(
                sandbox,
                "--card",
                PATIENT.cardNumber(),
                "--name",
                PATIENT.citizen().fullName(),
                "--birth-date",
                PATIENT.citizen().dateOfBirth().toString(),
                "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("code").asString()).isEqualTo("000");
        assertThat(j.get("usable").asBoolean()).isTrue();
        assertThat(j.get("message").get("vi").asString()).isEqualTo("Thông tin thẻ BHYT chính xác");
        assertThat(j.get("cardNumber").asString()).isEqualTo(PATIENT.cardNumber());
        assertThat(j.get("validTo").asString()).matches("\\d{4}-12-31");
        assertThat(j.get("registeredFacility").asString()).isEqualTo(SandboxSocialSecurity.FACILITY);
        assertThat(j.get("fiveYearsFrom").asString()).endsWith("-01-01");
        assertThat(j.get("newCardNumber").isNull()).isTrue();
        assertThat(j.get("visits").asInt()).isEqualTo(1);
        assertThat(j.get("checks").asInt()).isEqualTo(1);
    }

    @Test
    void check_whenByCardQrOrPersonalIdWithYear_findsTheSameCard(EgovSandbox sandbox) {
        var c = PATIENT.citizen();
        String qr = c.personalId() + "||" + c.fullName() + "|"
                + c.dateOfBirth().format(DateTimeFormatter.ofPattern("ddMMyyyy")) + "|Nam|" + c.address() + "|15082021";
        assertThat(check(sandbox, "--qr", qr, "--json").json().get("cardNumber").asString())
                .isEqualTo(PATIENT.cardNumber());
        CliRunner human = check(
                sandbox,
                "--personal-id",
                c.personalId(),
                "--name",
                c.fullName(),
                "--birth-date",
                String.valueOf(c.dateOfBirth().getYear()));
        assertThat(human.exitCode()).isZero();
        assertThat(human.out())
                .contains("000")
                .contains("Thông tin thẻ BHYT chính xác")
                .doesNotContain(PATIENT.cardNumber());
    }

    @Test
    void check_whenCardExpiredOrOfficerUnregistered_exits1(EgovSandbox sandbox) {
        SandboxSocialSecurity.Patient expired = SandboxSocialSecurity.PATIENTS.get(2);
        CliRunner r = check(
                sandbox,
                "--card",
                expired.cardNumber(),
                "--name",
                expired.citizen().fullName(),
                "--birth-date",
                expired.citizen().dateOfBirth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.json().get("code").asString()).isEqualTo("010");
        CliRunner unregistered = CliRunner.run(
                "health",
                "check",
                "--endpoint",
                sandbox.socialSecurityEndpoint().toString(),
                "--username",
                SandboxSocialSecurity.USERNAME,
                "--officer-name",
                "Người Khác",
                "--officer-id",
                "001090000999",
                "--card",
                PATIENT.cardNumber(),
                "--name",
                PATIENT.citizen().fullName(),
                "--birth-date",
                "1999",
                "--json");
        assertThat(unregistered.exitCode()).isEqualTo(1);
        assertThat(unregistered.json().get("code").asString()).isEqualTo("054");
    }

    @Test
    void check_whenUsageAuthOrTransportFails_exits2WithoutAStackTrace(EgovSandbox sandbox) {
        assertThat(check(sandbox, "--card", "BAD", "--name", "A", "--birth-date", "1999")
                        .exitCode())
                .isEqualTo(2);
        CliRunner wrongUser = CliRunner.run(
                "health",
                "check",
                "--endpoint",
                sandbox.socialSecurityEndpoint().toString(),
                "--username",
                "00000_BV",
                "--officer-name",
                "A",
                "--officer-id",
                SandboxSocialSecurity.OFFICER_ID,
                "--card",
                PATIENT.cardNumber(),
                "--name",
                "A",
                "--birth-date",
                "1999");
        assertThat(wrongUser.exitCode()).isEqualTo(2);
        assertThat(wrongUser.err()).contains("401").doesNotContain("at io.github");
        CliRunner down = CliRunner.run(
                "health",
                "check",
                "--endpoint",
                "http://127.0.0.1:9/",
                "--username",
                "u",
                "--officer-name",
                "A",
                "--officer-id",
                SandboxSocialSecurity.OFFICER_ID,
                "--card",
                PATIENT.cardNumber(),
                "--name",
                "A",
                "--birth-date",
                "1999");
        assertThat(down.exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("health", "check", "--endpoint", "x").exitCode())
                .isEqualTo(2);
        assertThat(CliRunner.run("health", "--help").exitCode()).isZero();
    }
}
