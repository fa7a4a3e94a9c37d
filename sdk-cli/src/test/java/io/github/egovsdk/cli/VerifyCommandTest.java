package io.github.egovsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class VerifyCommandTest {
    static final Path SIG = Path.of(System.getProperty("egov.corpus.dir"), "signatures");

    @Test
    void verify_whenIntactButUntrustedPdf_exitsOneWithTheContractJson() {
        CliRunner r = CliRunner.run("verify", SIG.resolve("dss__pdf-signed-original.pdf").toString(), "--json");

        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode j = r.json();
        assertThat(j.get("format").asString()).isEqualTo("PDF");
        assertThat(j.get("valid").asBoolean()).isFalse();
        JsonNode s = j.get("signatures").get(0);
        assertThat(s.get("indication").asString()).isEqualTo("INDETERMINATE");
        assertThat(s.get("subIndication").asString()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
        assertThat(s.get("coversWholeDocument").asBoolean()).isTrue();
        assertThat(s.get("modifiedAfterSigning").asBoolean()).isFalse();
        assertThat(s.get("signer").get("serialNumber").asString()).matches("[0-9a-f]+");
        assertThat(s.get("messages").get(0).get("vi").asString()).isNotBlank();
    }

    @Test
    void verify_whenShadowAttack_reportsModifiedAfterSigning() {
        CliRunner r = CliRunner.run("verify", SIG.resolve("pdfattacker__hide-and-replace-v1-4-manipulated.pdf")
                .toString(), "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.json().get("signatures").get(0).get("modifiedAfterSigning").asBoolean()).isTrue();
        assertThat(r.json().get("signatures").get(0).get("indication").asString()).isEqualTo("TOTAL_FAILED");
    }

    @Test
    void verify_whenDtdInjection_exitsTwo() {
        CliRunner r = CliRunner.run("verify", SIG.resolve("dss__xades-with-dtd-injection.xml").toString(), "--json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("DTD");
    }

    @Test
    void verify_whenDetachedWrongContent_reportsHashFailureInVietnamese() {
        CliRunner r = CliRunner.run("verify", SIG.resolve("dss__dss-2011-cades-detached.pkcs7").toString(),
                "--detached", SIG.resolve("detached-content__bye-world.txt").toString(), "--lang", "vi");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("HASH_FAILURE", "Nội dung đã bị thay đổi");
    }
}
