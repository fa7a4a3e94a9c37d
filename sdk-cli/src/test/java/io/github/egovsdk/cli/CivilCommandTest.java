package io.github.egovsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CivilCommandTest {
    /** The reference's composed DVCLT detail example, but with a real-looking requester ID to see the mask. */
    static final String DETAIL = "{\"data\":{\"maDonVi\":16000,\"maTTHC\":\"2.000986\",\"module\":\"KS\","
            + "\"maHoSo\":\"G22.99-250101-0001\",\"ngayTiepNhan\":\"01/01/2025 08:00:00\",\"techId\":\"tech-0001\","
            + "\"data\":\"{\\\"maDonVi\\\":16000,\\\"module\\\":\\\"KS\\\",\\\"maHoSo\\\":\\\"G22.99-250101-0001\\\","
            + "\\\"data\\\":\\\"<root><hoTich><maGCS>GCS-0001</maGCS><ngayCapGCS>20250101</ngayCapGCS><noiDangKy>16000"
            + "</noiDangKy><nksHoTen>NGUYEN VAN A</nksHoTen><nksNgaySinh>01.01.2025</nksNgaySinh><meHoTen>TRAN THI B"
            + "</meHoTen><nycHoTen>TRAN THI B</nycHoTen><nycSoGiayToTuyThan>001190012345</nycSoGiayToTuyThan></hoTich>"
            + "</root>\\\",\\\"fileDinhKem\\\":[{\\\"id\\\":1,\\\"loaiGiayTo\\\":1,\\\"tenGiayTo\\\":\\\"Giấy chứng "
            + "sinh\\\","
            + "\\\"tenTepDinhKem\\\":\\\"gcs.pdf\\\",\\\"huyGiayTo\\\":0,\\\"duLieuTepDinhKem\\\":\\\"JVBERi0xLjQK\\"
            + "\"}]}\"}}";

    @Test
    void civilParse_whenValidDetail_printsTheContractJsonWithMaskedId(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("detail.json"), DETAIL, StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("civil", "parse", f.toString(), "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("module").asString()).isEqualTo("KS");
        assertThat(j.get("interconnectCode").asString()).isEqualTo("G22.99-250101-0001");
        assertThat(j.get("procedureCode").asString()).isEqualTo("2.000986");
        assertThat(j.get("unitCode").asString()).isEqualTo("16000");
        assertThat(j.get("receivedAt").asString()).isEqualTo("2025-01-01T08:00");
        JsonNode reg = j.get("registration");
        assertThat(reg.get("kind").asString()).isEqualTo("BIRTH");
        assertThat(reg.get("subjectName").asString()).isEqualTo("NGUYEN VAN A");
        assertThat(reg.get("subjectBirthDate").asString()).isEqualTo("2025-01-01");
        assertThat(reg.get("deathDate").isNull()).isTrue();
        assertThat(reg.get("requesterIdNumber").asString()).isEqualTo("001******345");
        assertThat(j.get("attachments").get(0).get("name").asString()).isEqualTo("gcs.pdf");
        assertThat(j.get("attachments").get(0).get("size").asInt()).isEqualTo(9);
        assertThat(j.get("attachments").get(0).get("sha256").asString()).hasSize(64);
        assertThat(j.get("errors")).isEmpty();
        assertThat(r.out()).doesNotContain("001190012345");
    }

    @Test
    void civilParse_whenRequiredFieldMissing_exitsOneNamingIt(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("d.json"), DETAIL.replace("<nksHoTen>NGUYEN VAN A</nksHoTen>", ""));
        CliRunner r = CliRunner.run("civil", "parse", f.toString(), "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("hoTich.nksHoTen");
        assertThat(r.json().get("errors").get(0).get("vi").asString()).contains("bắt buộc");
    }

    @Test
    void civilParse_whenMalformedOrUnsafe_exitsTwo(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{not json");
        assertThat(CliRunner.run("civil", "parse", bad.toString(), "--json").exitCode())
                .isEqualTo(2);
        Path dtd = Files.writeString(
                dir.resolve("dtd.json"),
                DETAIL.replace(
                        "<root>", "<!DOCTYPE root [<!ENTITY x SYSTEM \\\\\\\"file:///etc/passwd\\\\\\\">]><root>"));
        CliRunner r = CliRunner.run("civil", "parse", dtd.toString(), "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unsafe");
    }

    @Test
    void civilRun_whenSandbox_registersTheBirthAndPushesTheStatuses(@TempDir Path dir) {
        CliRunner r = CliRunner.run("civil", "run", "--output", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("statuses [1, 3, 7, 4]");
        assertThat(dir.toFile().list()).anyMatch(n -> n.startsWith("giay-khai-sinh-") && n.endsWith(".pdf"));
    }

    @Test
    void civilHelp_whenAsked_exitsZero() {
        assertThat(CliRunner.run("civil", "--help").exitCode()).isZero();
    }
}
