package io.github.egovsdk.edoc.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.edoc.Attachment;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlReader;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.ParsedAttachment;
import io.github.egovsdk.edoc.ParsedEdxml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bytes a user attaches are the bytes a user gets, for every file type — office files are zips and must never be
 * mistaken for the official SDK's zip wrapper — with either writer (as-is, or the official SDK's zip rule).
 */
class AttachmentFidelityTest {
    static final Organization FROM = Organization.of("000.00.00.H27", "UBND tỉnh Bắc Ninh");
    static final Organization TO = Organization.of("000.00.01.H27", "Sở Tư pháp tỉnh Bắc Ninh");

    @FunctionalInterface
    interface Maker {
        Path make(Path file) throws IOException;
    }

    /** name, maker, whether the official SDK's rule zips it (its as-is list: pdf, doc, docx, xsl, xslx, zip). */
    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("Công văn số 12-UBND.docx", (Maker) OfficeSamples::docx, false),
                Arguments.of("Báo cáo quý IV.xlsx", (Maker) OfficeSamples::xlsx, true),
                Arguments.of("Tờ trình cấp phép.odt", (Maker) OfficeSamples::odt, true),
                Arguments.of("cong-van.pdf", (Maker) OfficeSamples::pdf, false),
                Arguments.of("ho-so.zip", (Maker) OfficeSamples::zip, false),
                Arguments.of("QUYET-DINH.PDF", (Maker) OfficeSamples::pdf, true),
                Arguments.of("rong.txt", (Maker) f -> Files.write(f, new byte[0]), true),
                Arguments.of("README", (Maker) f -> Files.writeString(f, "Không có phần mở rộng"), true));
    }

    static Stream<Arguments> samplesByWriter() {
        return samples().flatMap(a -> Stream.of(true, false)
                .map(official -> Arguments.of(a.get()[0], a.get()[1], a.get()[2], official)));
    }

    @ParameterizedTest(name = "{0}, official zip rule {3}")
    @MethodSource("samplesByWriter")
    void writeThenRead_whenAnyFileType_givesTheAttachedBytesBack(
            String name, Maker maker, boolean zippedByRule, boolean officialRule, @TempDir Path dir) throws Exception {
        Path original = maker.make(Files.createDirectories(dir.resolve("in")).resolve(name));
        Path edxml = dir.resolve("message.edxml");
        EdxmlWriter writer = officialRule ? EdxmlWriter.withOfficialZipRule() : EdxmlWriter.standard();
        writer.write(document(Attachment.ofFile("1", original)), edxml);

        ParsedEdxml extracted = EdxmlReader.builder()
                .attachmentDirectory(dir.resolve("out"))
                .build()
                .read(edxml);
        ParsedEdxml hashed = EdxmlReader.builder().build().read(edxml);

        ParsedAttachment a = extracted.attachments().get(0);
        assertThat(Files.mismatch(original, a.file()))
                .as("extracted bytes differ from the attached ones")
                .isEqualTo(-1);
        assertThat(a.file().getFileName().toString()).isEqualTo(name);
        assertThat(a.name()).isEqualTo(name);
        assertThat(a.size()).isEqualTo(Files.size(original));
        assertThat(a.sha256()).isEqualTo(sha256(original));
        assertThat(a.zipped()).isEqualTo(officialRule && zippedByRule);
        assertThat(a.unwrapped()).isEqualTo(officialRule && zippedByRule);
        assertThat(a.deliveredContentType()).isEqualTo(Attachment.mediaType(name));
        ParsedAttachment h = hashed.attachments().get(0);
        assertThat(h.size()).as("hash-only size = extracted size").isEqualTo(a.size());
        assertThat(h.sha256()).isEqualTo(a.sha256());
        assertThat(h.transferSha256()).isEqualTo(a.transferSha256());
        assertThat(h.file()).isNull();
        assertThat(extracted.warnings()).noneMatch(w -> w.contains("delivered as sent"));
    }

    @Test
    void read_whenOfficeFilesExtracted_openInTheirApplicationLibrary(@TempDir Path dir) throws Exception {
        Path docx = OfficeSamples.docx(dir.resolve("Công văn.docx"));
        Path xlsx = OfficeSamples.xlsx(dir.resolve("Báo cáo.xlsx"));
        EdocDocument doc = EdocDocument.builder()
                .from(FROM)
                .to(TO)
                .code("12", "UBND-VP")
                .subject("Công văn")
                .promulgation("Bắc Ninh", LocalDate.of(2026, 11, 23))
                .attachment(Attachment.ofFile("1", docx))
                .attachment(Attachment.ofFile("2", xlsx))
                .build();
        Path edxml = dir.resolve("m.edxml");
        EdxmlWriter.withOfficialZipRule().write(doc, edxml);

        List<ParsedAttachment> out = EdxmlReader.builder()
                .attachmentDirectory(dir.resolve("out"))
                .build()
                .read(edxml)
                .attachments();

        try (InputStream in = Files.newInputStream(out.get(0).file());
                XWPFDocument word = new XWPFDocument(in)) {
            assertThat(word.getParagraphs().get(0).getText()).isEqualTo("Kính gửi: Sở Tư pháp tỉnh Bắc Ninh");
        }
        try (InputStream in = Files.newInputStream(out.get(1).file());
                XSSFWorkbook excel = new XSSFWorkbook(in)) {
            assertThat(excel.getSheet("Báo cáo quý IV").getRow(49).getCell(0).getStringCellValue())
                    .isEqualTo("Hồ sơ 49");
        }
    }

    @Test
    void read_whenOfficeFileLabelledZipByAThirdParty_deliversItAsSentWithAWarning(@TempDir Path dir) throws Exception {
        Path docx = OfficeSamples.docx(dir.resolve("to-trinh.docx"));
        EdocDocument doc = document(
                Attachment.of("1", "to-trinh.docx", "application/zip", null, () -> Files.newInputStream(docx)));
        Path edxml = dir.resolve("m.edxml");
        EdxmlWriter.standard().write(doc, edxml);

        ParsedEdxml p = EdxmlReader.builder()
                .attachmentDirectory(dir.resolve("out"))
                .build()
                .read(edxml);

        ParsedAttachment a = p.attachments().get(0);
        assertThat(a.zipped()).isFalse();
        assertThat(Files.mismatch(docx, a.file())).isEqualTo(-1);
        assertThat(p.warnings()).anyMatch(w -> w.contains("to-trinh.docx") && w.contains("delivered as sent"));
    }

    @Test
    void read_whenUnwrappingTurnedOff_deliversTheWrapperButStillNamesIt(@TempDir Path dir) throws Exception {
        Path xlsx = OfficeSamples.xlsx(dir.resolve("bc.xlsx"));
        Path edxml = dir.resolve("m.edxml");
        EdxmlWriter.withOfficialZipRule().write(document(Attachment.ofFile("1", xlsx)), edxml);

        ParsedAttachment a = EdxmlReader.builder()
                .attachmentDirectory(dir.resolve("out"))
                .unwrapZippedAttachments(false)
                .build()
                .read(edxml)
                .attachments()
                .get(0);

        assertThat(a.zipped()).isTrue();
        assertThat(a.unwrapped()).isFalse();
        assertThat(a.size()).isEqualTo(a.transferSize()).isEqualTo(Files.size(a.file()));
        assertThat(a.wrappedEntryName()).matches("[0-9a-f-]{36}\\.xlsx");
        assertThat(new String(Files.readAllBytes(a.file()), 0, 2, StandardCharsets.US_ASCII))
                .isEqualTo("PK");
    }

    static EdocDocument document(Attachment attachment) {
        return EdocDocument.builder()
                .from(FROM)
                .to(TO)
                .code("12", "UBND-VP")
                .subject("V/v gửi tài liệu")
                .promulgation("Bắc Ninh", LocalDate.of(2026, 11, 23))
                .attachment(attachment)
                .build();
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
