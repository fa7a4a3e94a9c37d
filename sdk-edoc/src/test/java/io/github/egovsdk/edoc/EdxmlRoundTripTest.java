package io.github.egovsdk.edoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.xml.XmlSecurityException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class EdxmlRoundTripTest {
    static final Organization FROM = new Organization(
            "000.00.00.H27",
            "UBND tỉnh Bắc Ninh",
            "Văn phòng UBND tỉnh",
            "Số 10 Phù Đổng Thiên Vương",
            "vanthu@bacninh.gov.vn",
            "0222 3822 000",
            null,
            "bacninh.gov.vn");
    static final Organization TO_B = Organization.of("000.00.01.H27", "Sở Tư pháp tỉnh Bắc Ninh");
    static final Organization TO_C = Organization.of("000.00.02.H27", "Sở Y tế tỉnh Bắc Ninh");

    static Stream<Business> businesses() {
        return Stream.of(
                Business.newDocument(),
                Business.revoke("000.00.00.H27,2026/11/01,100/UBND-VP", "Thu hồi do sai sót"),
                Business.update(
                        "000.00.00.H27,2026/11/01,100/UBND-VP",
                        "Cập nhật nơi nhận",
                        true,
                        List.of(new Receiver("000.00.01.H27", "0"), new Receiver("000.00.02.H27", "1"))),
                Business.replace(
                        "Thay thế văn bản",
                        List.of(new ReplacementInfo(
                                "000.00.00.H27,2026/11/01,100/UBND-VP", List.of("000.00.01.H27", "000.00.02.H27")))));
    }

    static EdocDocument document(Business business, Path attachment) {
        return EdocDocument.builder()
                .from(FROM)
                .to(TO_B)
                .to(TO_C)
                .code("123", "UBND-VP")
                .promulgation("Bắc Ninh", LocalDate.of(2026, 11, 23))
                .subject("V/v triển khai liên thông văn bản")
                .content("Nội dung công văn & <ký tự đặc biệt>")
                .signerInfo(new SignerInfo("KT. CHỦ TỊCH", "Phó Chủ tịch", "Nguyễn Văn A"))
                .dueDate(LocalDate.of(2026, 12, 1))
                .otherInfo(new OtherInfo(1, "Liên thông văn bản quốc gia", "VT", 2, 3, false, List.of("Phụ lục I")))
                .responseFor(new ResponseFor(
                        "000.00.00.G22", "7816/VPCP-TTĐT", "000.00.00.G22,2015/09/30,7816/VPCP-TTĐT", "2015/09/30"))
                .steeringType(0)
                .toPlace("Như trên")
                .toPlace("Lưu: VT")
                .traceHeader(new TraceHeader("000.00.00.H27", "2026/11/23 09:15:00"))
                .business(business)
                .attachment(Attachment.ofFile("1", attachment))
                .build();
    }

    @ParameterizedTest
    @MethodSource("businesses")
    void writeThenRead_whenEachBusinessType_givesTheSameModelAndBytesAgain(Business business, @TempDir Path dir)
            throws Exception {
        Path pdf = Files.write(dir.resolve("cong-van.pdf"), "%PDF-1.7 demo ✓".getBytes(StandardCharsets.UTF_8));
        EdocDocument doc = document(business, pdf);
        Path first = dir.resolve("first.edxml");
        EdxmlWriter.Result written = EdxmlWriter.standard().write(doc, first);

        ParsedEdxml parsed = EdxmlReader.builder()
                .attachmentDirectory(dir.resolve("att"))
                .build()
                .read(first);
        EdocDocument again = parsed.asDocument();
        Path second = dir.resolve("second.edxml");
        EdxmlWriter.Result rewritten = EdxmlWriter.standard().write(again, second);

        assertThat(written.sha256()).isEqualTo(sha256(first)).isEqualTo(rewritten.sha256());
        assertThat(written.size()).isEqualTo(Files.size(first));
        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.businessDocType()).contains(business.type());
        assertThat(parsed.business().orElseThrow()).isEqualTo(business);
        assertThat(parsed.documentId()).isEqualTo("000.00.00.H27,2026/11/23,123/UBND-VP");
        assertThat(parsed.attachments().get(0).sha256()).isEqualTo(sha256(pdf));
        assertThat(parsed.attachments().get(0).contentType()).isEqualTo("application/pdf");
        String xml = Files.readString(first);
        assertThat(xml)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<edXML xmlns=\"")
                .contains("<edXML:edXMLEnvelope xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">")
                .contains("<edXML:ContentTransferEncoded xmlns:edXML=");
    }

    @ParameterizedTest
    @EnumSource(StatusCode.class)
    void writeThenRead_whenEachStatusCode_givesTheSameStatus(StatusCode code) {
        StatusMessage status = StatusMessage.of(
                TO_B,
                new ResponseFor("000.00.00.H27", "123/UBND-VP", "000.00.00.H27,2026/11/23,123/UBND-VP", "2026/11/23"),
                code,
                LocalDateTime.of(2026, 11, 23, 10, 5, 9));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EdxmlWriter.standard().write(status, out);

        ParsedEdxml p = EdxmlReader.builder().build().read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(p.kind()).isEqualTo(ParsedEdxml.Kind.STATUS);
        assertThat(p.asStatus()).isEqualTo(status);
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void writer_whenOfficialZipRule_zipsOtherExtensionsConsistently(@TempDir Path dir) throws Exception {
        Path xlsx = Files.write(dir.resolve("bao-cao.xlsx"), new byte[] {1, 2, 3, 4, 5});
        EdocDocument doc = EdocDocument.builder()
                .from(FROM)
                .to(TO_B)
                .code("1", "BC")
                .subject("Báo cáo")
                .promulgation("Bắc Ninh", LocalDate.of(2026, 11, 23))
                .attachment(Attachment.ofFile("1", xlsx))
                .build();
        Path file = dir.resolve("zip.edxml");
        EdxmlWriter.withOfficialZipRule().write(doc, file);

        ParsedEdxml p = EdxmlReader.builder()
                .attachmentDirectory(dir.resolve("out"))
                .unwrapZippedAttachments(true)
                .build()
                .read(file);

        ParsedAttachment a = p.attachments().get(0);
        assertThat(a.contentType()).isEqualTo("application/zip");
        assertThat(a.manifestContentType()).isEqualTo("application/zip");
        assertThat(a.zipped()).isTrue();
        assertThat(Files.readAllBytes(a.file())).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void build_whenFieldsMissingOrCodesInvalid_listsEveryViolation() {
        assertThatThrownBy(() -> EdocDocument.builder()
                        .from(Organization.of("h27 lower", "A"))
                        .subject(" ")
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.propertyPath())
                        .contains("code", "subject", "to", "promulgationDate"));
        assertThatThrownBy(() -> EdocDocument.builder()
                        .from(Organization.of("h27 lower", "A"))
                        .to(TO_B)
                        .code("1", "X")
                        .subject("S")
                        .promulgation("P", LocalDate.of(2026, 1, 1))
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.rule())
                        .containsExactly("ValidAgencyCode"));
    }

    @Test
    void read_whenXxeOrBillionLaughs_failsFastWithATypedError() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">&x;</edXML>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;"
                + "&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><edXML>&c;</edXML>";
        for (String attack : List.of(xxe, laughs)) {
            assertThatThrownBy(() -> EdxmlReader.builder()
                            .build()
                            .read(new ByteArrayInputStream(attack.getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(XmlSecurityException.class)
                    .hasMessageContaining("DTD");
        }
    }

    @Test
    void read_whenNotEdxmlOrGarbageBeforeProlog_failsWithATypedError() {
        assertThatThrownBy(() -> EdxmlReader.builder()
                        .build()
                        .read(new ByteArrayInputStream("<html/>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(EdxmlFormatException.class)
                .hasMessageContaining("'html'");
        assertThatThrownBy(() -> EdxmlReader.builder()
                        .build()
                        .read(new ByteArrayInputStream(
                                "1212<?xml version=\"1.0\"?><edXML/>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(XmlSecurityException.class)
                .hasMessageContaining("line 1");
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
