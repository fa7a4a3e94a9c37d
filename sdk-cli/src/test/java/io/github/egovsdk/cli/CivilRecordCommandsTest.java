package io.github.egovsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CivilRecordCommandsTest {
    static final String MARRIAGE = "{\"noiDangKy\":\"09193\",\"chongHoTen\":\"NGUYEN VAN AN\",\"chongNgaySinh\":"
            + "\"04.03.1995\",\"chongSoGiayToTuyThan\":\"001095012345\",\"voHoTen\":\"TRAN THI BINH\","
            + "\"voNgaySinh\":\"08/07/1997\",\"voSoGiayToTuyThan\":\"001197054321\"}";

    @Test
    void marriage_whenValidDataDkkhOrPush_exitsZeroWithMaskedIds(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("dkkh.json"), MARRIAGE, StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("civil", "marriage", f.toString(), "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("valid").asBoolean()).isTrue();
        assertThat(j.get("husbandIdNumber").asString()).isEqualTo("001******345");
        String push = "{\"module\":\"LTKH\",\"data\":" + EgovJson.mapper().writeValueAsString(MARRIAGE) + "}";
        Path p = Files.writeString(dir.resolve("push.json"), push, StandardCharsets.UTF_8);
        assertThat(CliRunner.run("civil", "marriage", p.toString(), "--json").exitCode())
                .isZero();
    }

    @Test
    void marriage_whenFieldMissingOrMalformed_exitsOneNamingItOrTwo(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(
                dir.resolve("bad.json"),
                MARRIAGE.replace("\"voHoTen\":\"TRAN THI BINH\",", ""),
                StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("civil", "marriage", f.toString(), "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.json().get("errors").toString()).contains("DataDKKH.voHoTen");
        Path junk = Files.writeString(dir.resolve("junk.json"), "[1,2", StandardCharsets.UTF_8);
        assertThat(CliRunner.run("civil", "marriage", junk.toString(), "--json").exitCode())
                .isEqualTo(2);
    }

    @Test
    void criminalRecord_whenVneidRequestValidOrBroken_exitsZeroOrOne(@TempDir Path dir) throws Exception {
        String ok = "{\"maTinh\":\"38\",\"maHoSoMCDT\":\"H56-1\",\"ngayTiepNhan\":\"01/01/2025\",\"toKhai\":{"
                + "\"loaiPhieu\":1,\"nycHoTen\":\"NGUYEN VAN A\",\"nycNgaySinh\":\"01/01/1990\","
                + "\"nycSoGiayTo\":\"001090012345\"}}";
        Path f = Files.writeString(dir.resolve("lltp.json"), ok, StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("civil", "criminal-record", f.toString(), "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.json().get("applicantIdNumber").asString()).isEqualTo("001******345");
        Path bad = Files.writeString(
                dir.resolve("bad.json"), ok.replace("\"loaiPhieu\":1", "\"loaiPhieu\":7"), StandardCharsets.UTF_8);
        CliRunner b = CliRunner.run("civil", "criminal-record", bad.toString(), "--json");
        assertThat(b.exitCode()).isEqualTo(1);
        assertThat(b.json().get("errors").toString()).contains("toKhai.loaiPhieu");
    }
}
