package io.github.egovsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdocCommandTest {
    static final Path CORPUS = Path.of(System.getProperty("egov.corpus.dir"), "edxml");

    @Test
    void parse_whenAxisCopy_printsTheContractJson(@TempDir Path dir) {
        CliRunner r = CliRunner.run(
                "edoc",
                "parse",
                CORPUS.resolve("received-from-axis_2019_852e179c.edxml").toString(),
                "--extract",
                dir.toString(),
                "--json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("kind").asString()).isEqualTo("EDOC");
        assertThat(j.get("from").get("organId").asString()).isEqualTo("000.00.15.H51");
        assertThat(j.get("signature").asString()).isEqualTo("PLACEHOLDER");
        assertThat(j.get("attachments").get(0).get("zipped").asBoolean()).isTrue();
        assertThat(j.get("attachments").get(0).get("size").asLong()).isEqualTo(17);
        assertThat(Files.exists(dir.resolve("GUIDE_INSTALL OPENVPN.SIGNED.PDF")))
                .isTrue();
        assertThat(j.get("warnings").size()).isGreaterThan(2);
    }

    @Test
    void parse_whenStatus_reportsCodeAndResponseFor() {
        CliRunner r = CliRunner.run(
                "edoc", "parse", CORPUS.resolve("vpcp-sdk_status_01.edxml").toString(), "--json");

        assertThat(r.json().get("kind").asString()).isEqualTo("STATUS");
        assertThat(r.json().get("statusCode").asString()).isEqualTo("01");
        assertThat(r.json().get("responseFor").get(0).get("documentId").asString())
                .isEqualTo("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT");
    }

    @Test
    void parse_whenDtd_exitsTwo(@TempDir Path dir) throws Exception {
        Path evil = Files.writeString(
                dir.resolve("evil.edxml"),
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e "
                        + "SYSTEM \"file:///etc/passwd\">]><edXML>&e;</edXML>");
        CliRunner r = CliRunner.run("edoc", "parse", evil.toString(), "--json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.json().get("error").get("en").asString()).contains("DTD");
        assertThat(r.err()).contains("DTD");
    }

    @Test
    void buildThenParse_whenValid_roundTrips(@TempDir Path dir) throws Exception {
        Path pdf = Files.writeString(dir.resolve("cv.pdf"), "%PDF-1.4 x");
        Path out = dir.resolve("out.edxml");
        CliRunner b = CliRunner.run(
                "edoc",
                "build",
                "--from",
                "000.00.00.H27",
                "--to",
                "000.00.01.H27,000.00.02.H27",
                "--number",
                "12",
                "--notation",
                "UBND-VP",
                "--subject",
                "Công văn thử",
                "--date",
                "2026-11-23",
                "--attach",
                pdf.toString(),
                out.toString(),
                "--json");
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(b.json().get("documentId").asString()).isEqualTo("000.00.00.H27,2026/11/23,12/UBND-VP");

        JsonNode p = CliRunner.run("edoc", "parse", out.toString(), "--json").json();
        assertThat(p.get("to").size()).isEqualTo(2);
        assertThat(p.get("attachments").get(0).get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(p.get("warnings")).isEmpty();
    }

    @Test
    void build_whenAgencyCodeInvalid_exitsOneWithTheViolations(@TempDir Path dir) {
        CliRunner b = CliRunner.run(
                "edoc",
                "build",
                "--from",
                "h27 bad",
                "--to",
                "000.00.01.H27",
                "--number",
                "1",
                "--notation",
                "X",
                "--subject",
                "S",
                dir.resolve("o.edxml").toString(),
                "--json");
        assertThat(b.exitCode()).isEqualTo(1);
        assertThat(b.json().get("violations").get(0).get("rule").asString()).isEqualTo("ValidAgencyCode");
        assertThat(Files.exists(dir.resolve("o.edxml"))).isFalse();
    }
}
