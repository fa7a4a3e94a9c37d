package io.github.egovsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.edoc.Attachment;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code egov edoc build --attach} then {@code egov edoc parse --extract}: every file comes back byte-identical. */
class EdocAttachmentCommandTest {
    static final Path CORPUS = Path.of(System.getProperty("egov.corpus.dir"), "edxml");

    @Test
    void buildThenParse_whenOfficeAndOtherFiles_extractsTheSameBytesAndReportsThem(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> files = List.of(
                word(in.resolve("Công văn số 45-UBND.docx")),
                excel(in.resolve("Báo cáo.xlsx")),
                writer(in.resolve("Tờ trình.odt")),
                pdf(in.resolve("giay-phep.pdf")),
                archive(in.resolve("ho-so.zip")),
                Files.write(in.resolve("trong.txt"), new byte[0]),
                Files.writeString(in.resolve("GHICHU"), "không có phần mở rộng"));
        Path message = dir.resolve("m.edxml");
        List<String> args = new ArrayList<>(List.of(
                "edoc",
                "build",
                "--from",
                "000.00.00.H27",
                "--to",
                "000.00.01.H27",
                "--number",
                "45",
                "--notation",
                "UBND-VP",
                "--subject",
                "Gửi hồ sơ",
                "--date",
                "2026-11-23"));
        files.forEach(f -> args.addAll(List.of("--attach", f.toString())));
        args.addAll(List.of(message.toString(), "--json"));
        CliRunner built = CliRunner.run(args.toArray(String[]::new));
        assertThat(built.exitCode()).as(built.err()).isZero();

        Path out = dir.resolve("out");
        CliRunner extracted = CliRunner.run("edoc", "parse", message.toString(), "--extract", out.toString(), "--json");
        CliRunner hashed = CliRunner.run("edoc", "parse", message.toString(), "--json");

        assertThat(extracted.exitCode()).as(extracted.err()).isZero();
        JsonNode atts = extracted.json().get("attachments");
        JsonNode hashedAtts = hashed.json().get("attachments");
        assertThat(atts.size()).isEqualTo(files.size());
        for (int i = 0; i < files.size(); i++) {
            Path original = files.get(i);
            JsonNode a = atts.get(i);
            Path file = Path.of(a.get("extractedTo").asString());
            assertThat(file.getFileName().toString())
                    .isEqualTo(original.getFileName().toString());
            assertThat(Files.mismatch(original, file))
                    .as(original.getFileName().toString())
                    .isEqualTo(-1);
            assertThat(a.get("size").asLong()).isEqualTo(Files.size(original));
            assertThat(a.get("sha256").asString()).isEqualTo(sha256(original));
            assertThat(a.get("zipped").asBoolean()).isFalse();
            assertThat(hashedAtts.get(i).get("size").asLong())
                    .isEqualTo(a.get("size").asLong());
            assertThat(hashedAtts.get(i).get("sha256").asString())
                    .isEqualTo(a.get("sha256").asString());
        }
        assertThat(extracted.json().get("warnings")).isEmpty();
    }

    @Test
    void parse_whenOfficialZipWrapper_reportsTheEntryWithOrWithoutExtract(@TempDir Path dir) throws Exception {
        Path sample = CORPUS.resolve("vpcp-sdk_edoc_new.edxml");
        JsonNode hashed = CliRunner.run("edoc", "parse", sample.toString(), "--json")
                .json()
                .get("attachments")
                .get(0);
        CliRunner r = CliRunner.run("edoc", "parse", sample.toString(), "--extract", dir.toString(), "--json");
        JsonNode extracted = r.json().get("attachments").get(0);

        // The entry's size and hash were computed with Python's zipfile, independently of the SDK.
        for (JsonNode a : List.of(hashed, extracted)) {
            assertThat(a.get("zipped").asBoolean()).isTrue();
            assertThat(a.get("size").asLong()).isEqualTo(388_347);
            assertThat(a.get("sha256").asString())
                    .isEqualTo("8385739ec4a4ed36d71eabcaead629641ffc5ffff3d487ff5c34d2f821c9f36e");
            assertThat(a.get("transfer").get("size").asLong()).isEqualTo(270_823);
        }
        Path file = dir.resolve("1896_QD-TTg_m_294779.doc");
        assertThat(sha256(file)).isEqualTo(extracted.get("sha256").asString());
    }

    @Test
    void parse_whenLongNameOrZipBomb_safeNameOrExitTwoWithNothingLeft(@TempDir Path dir) throws Exception {
        String longName = "Quyết định phê duyệt kế hoạch triển khai liên thông văn bản điện tử giữa các cơ quan hành"
                + " chính nhà nước trên địa bàn tỉnh Bắc Ninh giai đoạn hai nghìn không trăm hai mươi sáu đến ba"
                + " mươi, đợt.pdf";
        Path message = dir.resolve("long.edxml");
        EdxmlWriter.standard()
                .write(letter(Attachment.of("1", longName, null, null, () -> InputStream.nullInputStream())), message);
        CliRunner r = CliRunner.run(
                "edoc",
                "parse",
                message.toString(),
                "--extract",
                dir.resolve("a").toString(),
                "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode a = r.json().get("attachments").get(0);
        assertThat(a.get("name").asString()).isEqualTo(longName).hasSize(196);
        String onDisk = Path.of(a.get("extractedTo").asString()).getFileName().toString();
        assertThat(onDisk.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);

        Path bomb = dir.resolve("bomb.edxml");
        Path zeros = dir.resolve("so-lieu.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(zeros.toFile(), "rw")) {
            sparse.setLength(24L << 20); // 24 MiB of zeros, zipped by the official rule to about 25 KB
        }
        EdxmlWriter.withOfficialZipRule().write(letter(Attachment.ofFile("1", zeros)), bomb);
        Path out = dir.resolve("b");
        CliRunner refused = CliRunner.run("edoc", "parse", bomb.toString(), "--extract", out.toString(), "--json");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.json().get("error").get("en").asString())
                .contains("100 times")
                .doesNotContain("giải nén");
        assertThat(refused.json().get("error").get("vi").asString()).startsWith("Tệp đính kèm 'so-lieu.csv'");
        assertThat(refused.err()).contains("so-lieu.csv").contains("100 lần");
        assertThat(out).doesNotExist();
    }

    static EdocDocument letter(Attachment attachment) {
        return EdocDocument.builder()
                .from(Organization.of("000.00.00.H27", "UBND"))
                .to(Organization.of("000.00.01.H27", "Sở"))
                .code("9", "UBND-VP")
                .subject("Thử")
                .promulgation("Bắc Ninh", LocalDate.of(2026, 11, 23))
                .attachment(attachment)
                .build();
    }

    static Path word(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Công văn gửi các sở, ngành");
            doc.write(out);
        }
        return file;
    }

    static Path excel(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Số liệu").createRow(0).createCell(0).setCellValue("Tổng số hồ sơ: 1.234");
            wb.write(out);
        }
        return file;
    }

    /** ODF packaging: the {@code mimetype} entry first and stored, then the manifest and the content. */
    static Path writer(Path file) throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.text");
        parts.put(
                "META-INF/manifest.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest="
                        + "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                        + "manifest:version=\"1.2\"><manifest:file-entry"
                        + " manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                        + "</manifest:manifest>");
        parts.put(
                "content.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office="
                        + "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                        + "xmlns:text=\"urn:oasis:names:tc:opendocument:"
                        + "xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:text><text:p>Tờ trình</text:p>"
                        + "</office:text></office:body></office:document-content>");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                byte[] bytes = part.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry e = new ZipEntry(part.getKey());
                if (part.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(bytes.length);
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return file;
    }

    static Path pdf(Path file) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(file.toFile());
        }
        return file;
    }

    static Path archive(Path file) throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String name : Stream.of("a.txt", "b/c.txt").toList()) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(name.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
