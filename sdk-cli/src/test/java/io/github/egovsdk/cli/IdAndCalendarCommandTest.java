package io.github.egovsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdAndCalendarCommandTest {

    @Test
    void idParse_whenValidPersonalId_printsTheContractJson() {
        CliRunner r = CliRunner.run("id", "parse", "001099012345", "--json");

        assertThat(r.exitCode()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("valid").asBoolean()).isTrue();
        assertThat(j.get("kind").asString()).isEqualTo("PERSONAL_ID");
        assertThat(j.get("provinceCode").asString()).isEqualTo("001");
        assertThat(j.get("provinceName").asString()).isEqualTo("Hà Nội");
        assertThat(j.get("gender").asString()).isEqualTo("MALE");
        assertThat(j.get("birthYear").asInt()).isEqualTo(1999);
        assertThat(j.get("century").asInt()).isEqualTo(20);
        assertThat(j.get("errors").isArray()).isTrue();
        assertThat(j.get("errors")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"00109901234,LENGTH", "0010990123AB,DIGITS"})
    void idParse_whenInvalid_exitsOneWithTheRules(String number, String rule) {
        CliRunner r = CliRunner.run("id", "parse", number, "--json");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.json().get("valid").asBoolean()).isFalse();
        assertThat(r.json().get("errors").get(0).get("code").asString()).isEqualTo(rule);
    }

    @Test
    void idParse_whenCmnd_reportsKindCmnd() {
        CliRunner r = CliRunner.run("id", "parse", "123456789", "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.json().get("kind").asString()).isEqualTo("CMND");
    }

    @Test
    void calendarDue_whenReceivedBeforeTet2026_skipsTheTetDays() {
        CliRunner r =
                CliRunner.run("calendar", "due", "--received", "2026-02-13T16:00:00", "--working-days", "3", "--json");

        assertThat(r.exitCode()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("received").asString()).isEqualTo("2026-02-13T16:00:00");
        assertThat(j.get("due").asString()).isEqualTo("2026-02-25T16:00:00");
        assertThat(j.get("skipped").valueStream().map(s -> s.get("date").asString()))
                .contains("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20");
        assertThat(j.get("skipped").get(2).get("reason").asString()).isEqualTo("Tết Nguyên đán");
    }

    @Test
    void calendarDue_whenReceivedIsNotADate_exitsTwoWithAMessageOnStderr() {
        CliRunner r =
                CliRunner.run("calendar", "due", "--received", "yesterday", "--working-days", "3", "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("'yesterday' is not a date-time").doesNotContain("Exception");
    }

    @Test
    void calendarDue_whenNoAmount_isAUsageError() {
        assertThat(CliRunner.run("calendar", "due", "--received", "2026-02-13T16:00:00")
                        .exitCode())
                .isEqualTo(2);
    }
}
