package io.github.egovsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.edoc.Attachment;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
    static final Path SIG = Path.of(System.getProperty("egov.corpus.dir"), "signatures");

    @Test
    void verify_whenIntactButUntrustedPdf_exitsOneWithTheContractJson() {
        CliRunner r = CliRunner.run(
                "verify", SIG.resolve("dss__pdf-signed-original.pdf").toString(), "--json");

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
        CliRunner r = CliRunner.run(
                "verify",
                SIG.resolve("pdfattacker__hide-and-replace-v1-4-manipulated.pdf")
                        .toString(),
                "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.json().get("signatures").get(0).get("modifiedAfterSigning").asBoolean())
                .isTrue();
        assertThat(r.json().get("signatures").get(0).get("indication").asString())
                .isEqualTo("TOTAL_FAILED");
    }

    @Test
    void verify_whenDtdInjection_exitsTwo() {
        CliRunner r = CliRunner.run(
                "verify", SIG.resolve("dss__xades-with-dtd-injection.xml").toString(), "--json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("DTD");
    }

    @Test
    void verify_whenDetachedWrongContent_reportsHashFailureInVietnamese() {
        CliRunner r = CliRunner.run(
                "verify",
                SIG.resolve("dss__dss-2011-cades-detached.pkcs7").toString(),
                "--detached",
                SIG.resolve("detached-content__bye-world.txt").toString(),
                "--lang",
                "vi");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("HASH_FAILURE", "Nội dung đã bị thay đổi");
    }

    @Test
    void verify_whenEdxmlWithSignedHeader_verifiesTheEnvelopeAndExitsZero(@TempDir Path dir) throws Exception {
        try (EgovSandbox sandbox = EgovSandbox.start()) {
            Path letter = Files.writeString(dir.resolve("cong-van.txt"), "Nội dung công văn");
            EdocDocument doc = EdocDocument.builder()
                    .from(Organization.of("000.00.00.H27", "UBND tỉnh Bắc Ninh"))
                    .to(Organization.of("000.00.12.H27", "Sở Tư pháp"))
                    .code("12", "UBND-VP")
                    .promulgation("Bắc Ninh", LocalDate.of(2026, 11, 23))
                    .subject("V/v thử nghiệm")
                    .attachment(Attachment.ofFile("1", letter))
                    .build();
            Path edxml = dir.resolve("signed.edxml");
            EdxmlWriter.standard().withHeaderSignature(sandbox.pki().sealKey()).write(doc, edxml);
            Path root = sandbox.pki().writeRootPem(dir.resolve("root.pem"));

            CliRunner trusted = CliRunner.run("verify", edxml.toString(), "--trust", root.toString(), "--json");
            CliRunner tampered = CliRunner.run(
                    "verify",
                    Files.writeString(
                                    dir.resolve("tampered.edxml"),
                                    Files.readString(edxml).replace("V/v thử nghiệm", "V/v khác"))
                            .toString(),
                    "--trust",
                    root.toString(),
                    "--json");

            assertThat(trusted.exitCode()).as(trusted.err()).isZero();
            assertThat(trusted.json().get("format").asString()).isEqualTo("XML");
            assertThat(trusted.json().get("signatures").get(0).get("id").asString())
                    .isEqualTo("Envelope");
            assertThat(trusted.json().get("signatures").get(0).get("indication").asString())
                    .isEqualTo("TOTAL_PASSED");
            assertThat(tampered.exitCode()).isEqualTo(1);
            assertThat(tampered.json()
                            .get("signatures")
                            .get(0)
                            .get("subIndication")
                            .asString())
                    .isEqualTo("HASH_FAILURE");
        }
    }

    @Test
    void verify_whenCorpusEdxmlWithPlaceholderSignature_reportsNoSignatureAndExitsOne() {
        CliRunner r = CliRunner.run(
                "verify",
                Path.of(System.getProperty("egov.corpus.dir"), "edxml", "vpcp-sdk_edoc_new.edxml")
                        .toString(),
                "--json");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.json().get("format").asString()).isEqualTo("XML");
        assertThat(r.json().get("signatures")).isEmpty();
    }
}
