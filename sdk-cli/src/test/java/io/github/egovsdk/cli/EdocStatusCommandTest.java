package io.github.egovsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Revocation, update and replacement name their target; {@code egov edoc status} answers a document. */
class EdocStatusCommandTest {
    static final String TARGET = "000.00.00.H27,100/UBND-VP,2026-11-01";
    static final String TARGET_ID = "000.00.00.H27,2026/11/01,100/UBND-VP";

    static CliRunner build(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "edoc",
                "build",
                "--from",
                "000.00.00.H27",
                "--to",
                "000.00.01.H27,000.00.02.H27",
                "--number",
                "130",
                "--notation",
                "UBND-VP",
                "--subject",
                "Thu hồi văn bản",
                "--date",
                "2026-11-23"));
        args.addAll(List.of(extra));
        args.addAll(List.of(out.toString(), "--json"));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"REVOKE", "UPDATE"})
    void build_whenRevokeOrUpdateWithoutRespondsTo_exitsOneNamingTheField(String type, @TempDir Path dir) {
        CliRunner r = build(dir.resolve("o.edxml"), "--type", type);

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("responseFor");
        assertThat(r.json().get("violations").get(0).get("rule").asString()).isEqualTo("BusinessTarget");
        assertThat(Files.exists(dir.resolve("o.edxml"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"REVOKE", "UPDATE"})
    void buildThenParse_whenRevokeOrUpdate_namesTheTarget(String type, @TempDir Path dir) {
        Path out = dir.resolve("o.edxml");
        CliRunner b = build(out, "--type", type, "--responds-to", TARGET, "--steering-type", "2");
        assertThat(b.exitCode()).as(b.err()).isZero();

        JsonNode p = CliRunner.run("edoc", "parse", out.toString(), "--json").json();
        assertThat(p.get("businessDocType").asString()).isEqualTo(type);
        assertThat(p.get("responseFor").get(0).get("documentId").asString()).isEqualTo(TARGET_ID);
        assertThat(p.get("responseFor").get(0).get("code").asString()).isEqualTo("100/UBND-VP");
        assertThat(p.get("responseFor").get(0).get("promulgationDate").asString())
                .isEqualTo("2026/11/01");
        assertThat(p.get("businessDocumentId").asString()).isEqualTo(TARGET_ID);
        assertThat(p.get("targets").get(0).asString()).isEqualTo(TARGET_ID);
        assertThat(p.get("steeringType").asInt()).isEqualTo(2);
        assertThat(p.get("warnings")).isEmpty();
    }

    @Test
    void buildThenParse_whenReplace_writesTheReplacementList(@TempDir Path dir) {
        assertThat(build(dir.resolve("x.edxml"), "--type", "REPLACE")
                        .json()
                        .get("violations")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("business.replacements");
        Path out = dir.resolve("o.edxml");
        CliRunner b = build(out, "--type", "REPLACE", "--replaces", TARGET + ",9fbfbad2-f1f8-4256-a2eb-50fb1061cddb");
        assertThat(b.exitCode()).as(b.err()).isZero();

        JsonNode p = CliRunner.run("edoc", "parse", out.toString(), "--json").json();
        assertThat(p.get("replaces").get(0).get("documentId").asString())
                .isEqualTo("9fbfbad2-f1f8-4256-a2eb-50fb1061cddb");
        assertThat(p.get("replaces").get(0).get("organIds").toString())
                .isEqualTo("[\"000.00.01.H27\",\"000.00.02.H27\"]");
        assertThat(p.get("targets").get(0).asString()).isEqualTo("9fbfbad2-f1f8-4256-a2eb-50fb1061cddb");
    }

    @Test
    void build_whenReferenceMalformedOrReplacesWithoutReplace_exitsTwo(@TempDir Path dir) {
        CliRunner bad =
                build(dir.resolve("o.edxml"), "--type", "REVOKE", "--responds-to", "000.00.00.H27,100", "--lang", "en");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("ORGAN_ID,NUMBER/NOTATION,yyyy-MM-dd");
        CliRunner misuse = build(dir.resolve("o.edxml"), "--replaces", TARGET);
        assertThat(misuse.exitCode()).isEqualTo(2);
        assertThat(misuse.err()).contains("--type REPLACE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "02", "03", "04", "05", "06", "13", "15", "16"})
    void statusThenParse_whenEachCode_givesTheStatusAboutTheDocument(String code, @TempDir Path dir) {
        Path out = dir.resolve("status.edxml");
        CliRunner s = CliRunner.run(
                "edoc",
                "status",
                "--from",
                "000.00.01.H27",
                "--to",
                "000.00.00.H27",
                "--code",
                code,
                "--responds-to",
                TARGET,
                "--staff",
                "Nguyễn Thị B",
                "--department",
                "Văn thư",
                out.toString(),
                "--json");
        assertThat(s.exitCode()).as(s.err()).isZero();
        assertThat(s.json().get("statusCode").asString()).isEqualTo(code);

        JsonNode p = CliRunner.run("edoc", "parse", out.toString(), "--json").json();
        assertThat(p.get("kind").asString()).isEqualTo("STATUS");
        assertThat(p.get("statusCode").asString()).isEqualTo(code);
        assertThat(p.get("from").get("organId").asString()).isEqualTo("000.00.01.H27");
        assertThat(p.get("responseFor").get(0).get("documentId").asString()).isEqualTo(TARGET_ID);
        assertThat(p.get("responseFor").get(0).get("organId").asString()).isEqualTo("000.00.00.H27");
        assertThat(p.get("warnings")).isEmpty();
    }

    @Test
    void status_whenCodeUnknownOrAgencyInvalid_exitsTwoOrOne(@TempDir Path dir) {
        Path out = dir.resolve("s.edxml");
        CliRunner unknown = CliRunner.run(
                "edoc",
                "status",
                "--from",
                "000.00.01.H27",
                "--to",
                "000.00.00.H27",
                "--code",
                "07",
                "--responds-to",
                TARGET,
                out.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("07");
        CliRunner invalid = CliRunner.run(
                "edoc",
                "status",
                "--from",
                "h27 bad",
                "--to",
                "bad to",
                "--code",
                "03",
                "--responds-to",
                TARGET,
                out.toString(),
                "--json");
        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(invalid.json().get("violations").findValuesAsString("field")).contains("from.organId", "to");
        assertThat(Files.exists(out)).isFalse();
    }
}
