package io.github.egovsdk.edoc.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.edoc.Attachment;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlReader;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.ParsedAttachment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachment names as senders write them — too long, unsafe, repeated — become safe file names; the model keeps them.
 * */
class AttachmentFileNamesTest {
    /** 196 characters, 256 bytes in UTF-8: longer than the 255-byte file-name limit of ext4/XFS/APFS. */
    static final String LONG_NAME = "Quyết định phê duyệt kế hoạch triển khai liên thông văn bản điện tử giữa các cơ"
            + " quan hành chính nhà nước trên địa bàn tỉnh Bắc Ninh giai đoạn hai nghìn không trăm hai mươi sáu đến"
            + " ba mươi, đợt.pdf";

    @Test
    void longVietnameseName_isOverTheFileSystemLimit() {
        assertThat(LONG_NAME).hasSize(196);
        assertThat(LONG_NAME.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(255);
    }

    @Test
    void read_whenNameLongerThan255Bytes_writesAShortenedFileAndKeepsTheName(@TempDir Path dir) throws Exception {
        List<ParsedAttachment> out = roundTrip(dir, LONG_NAME);

        ParsedAttachment a = out.get(0);
        assertThat(a.name()).isEqualTo(LONG_NAME);
        String onDisk = a.file().getFileName().toString();
        assertThat(onDisk.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(onDisk).endsWith(".pdf");
        assertThat(LONG_NAME).startsWith(onDisk.substring(0, onDisk.length() - 4));
        assertThat(Files.readString(a.file())).isEqualTo("nội dung 0");
    }

    @Test
    void read_whenNamesRepeat_neverOverwrites(@TempDir Path dir) throws Exception {
        List<ParsedAttachment> out = roundTrip(dir, "cong-van.pdf", "cong-van.pdf", LONG_NAME, LONG_NAME);

        assertThat(out)
                .extracting(a -> a.file().getFileName().toString())
                .doesNotHaveDuplicates()
                .contains("cong-van.pdf", "cong-van-2.pdf");
        for (int i = 0; i < out.size(); i++) {
            assertThat(Files.readString(out.get(i).file())).isEqualTo("nội dung " + i);
            assertThat(out.get(i).file().getFileName().toString().getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(255);
        }
        assertThat(out.get(3).file().getFileName().toString()).endsWith("-2.pdf");
    }

    @Test
    void read_whenNamesAreUnsafe_keepsEveryFileInsideTheFolder(@TempDir Path dir) throws Exception {
        List<ParsedAttachment> out = roundTrip(
                dir,
                "../../etc/passwd",
                "..\\..\\boot.ini",
                "a<b>:c\"d|e?f*.pdf",
                "CON.txt",
                "..",
                "tên có dấu chấm cuối. . .",
                "dòng\nmới\t.txt");

        Path folder = dir.resolve("out");
        assertThat(out).extracting(a -> a.file().getParent()).allMatch(folder::equals);
        assertThat(out)
                .extracting(a -> a.file().getFileName().toString())
                .containsExactly(
                        "passwd",
                        "boot.ini",
                        "a_b__c_d_e_f_.pdf",
                        "_CON.txt",
                        "attachment-5",
                        "tên có dấu chấm cuối",
                        "dòng_mới_.txt");
        assertThat(out)
                .extracting(ParsedAttachment::name)
                .containsExactly(
                        "../../etc/passwd",
                        "..\\..\\boot.ini",
                        "a<b>:c\"d|e?f*.pdf",
                        "CON.txt",
                        "..",
                        "tên có dấu chấm cuối. . .",
                        "dòng\nmới\t.txt");
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile)
                            .filter(p -> !p.startsWith(folder))
                            .filter(p -> !p.getFileName().toString().equals("m.edxml"))
                            .toList())
                    .isEmpty();
        }
    }

    /** Writes a message with one attachment per name (content "nội dung {i}") and reads it into {@code dir/out}. */
    static List<ParsedAttachment> roundTrip(Path dir, String... names) {
        EdocDocument.Builder b = EdocDocument.builder()
                .from(AttachmentFidelityTest.FROM)
                .to(AttachmentFidelityTest.TO)
                .code("5", "UBND-VP")
                .subject("Tên tệp dài")
                .promulgation("Bắc Ninh", LocalDate.of(2026, 11, 23));
        for (int i = 0; i < names.length; i++) {
            byte[] content = ("nội dung " + i).getBytes(StandardCharsets.UTF_8);
            b.attachment(Attachment.of(
                    String.valueOf(i + 1), names[i], "application/pdf", null, () -> new ByteArrayInputStream(content)));
        }
        Path edxml = dir.resolve("m.edxml");
        EdxmlWriter.standard().write(b.build(), edxml);
        return EdxmlReader.builder()
                .attachmentDirectory(dir.resolve("out"))
                .build()
                .read(edxml)
                .attachments();
    }
}
