package io.github.egovsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Without sdk-vneid the card commands refuse with exit 2 and say why — never a fake parse. */
class IdCardCommandsTest {

    @Test
    void qr_whenVneidModuleAbsent_exitsUsageWithOneJsonDocumentAndAReason() {
        CliRunner r = CliRunner.run("id", "qr", "001099012345|123456789|Nguyễn Thử Nghiệm|01011999|Nam|Hà Nội|01012021",
                "--json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.json().path("error").asString()).isEqualTo("NOT_IN_THIS_BUILD");
        assertThat(r.err()).contains("sdk-vneid");
    }

    @Test
    void mrz_whenLinesMissing_isAUsageError() {
        CliRunner r = CliRunner.run("id", "mrz", "IDVNM0990123451001099012345<<1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
    }
}
