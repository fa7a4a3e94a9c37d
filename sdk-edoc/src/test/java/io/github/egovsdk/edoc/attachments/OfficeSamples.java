package io.github.egovsdk.edoc.attachments;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files of the kinds agencies attach, made by real generators (Apache POI, PDFBox) or per their packaging spec.
 * */
final class OfficeSamples {
    static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

    private OfficeSamples() {}

    /** A Word document (OOXML, a zip of several parts) written by Apache POI. */
    static Path docx(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Kính gửi: Sở Tư pháp tỉnh Bắc Ninh");
            doc.createParagraph().createRun().setText("V/v triển khai liên thông văn bản điện tử");
            doc.write(out);
        }
        return file;
    }

    /** An Excel workbook (OOXML) written by Apache POI. */
    static Path xlsx(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("Báo cáo quý IV");
            for (int i = 0; i < 50; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue("Hồ sơ " + i);
                row.createCell(1).setCellValue(i * 1.5);
            }
            wb.write(out);
        }
        return file;
    }

    /**
     * An OpenDocument text per ODF 1.2 Part 3 (packages): first entry {@code mimetype}, stored uncompressed with no
     * extra field, then the manifest and the content.
     */
    static Path odt(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = ODT_MIMETYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            put(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                    manifest:version="1.2">
                     <manifest:file-entry manifest:full-path="/" manifest:version="1.2" \
                    manifest:media-type="application/vnd.oasis.opendocument.text"/>
                     <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """);
            put(zip, "content.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                     <office:body><office:text><text:p>Tờ trình về việc cấp giấy phép</text:p></office:text>\
                    </office:body>
                    </office:document-content>
                    """);
        }
        return file;
    }

    /** A one-page PDF written by PDFBox. */
    static Path pdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.getDocumentInformation().setTitle("Công văn số 12/UBND-VP");
            doc.save(file.toFile());
        }
        return file;
    }

    /** A real archive of two files, as a user would attach one. */
    static Path zip(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "ho-so/don-de-nghi.txt", "Đơn đề nghị cấp bản sao trích lục");
            put(zip, "ho-so/giay-to.txt", "Giấy tờ kèm theo");
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
