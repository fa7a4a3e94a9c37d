package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The sandbox e-receipt (biên lai điện tử) of a paid payment, as {@code GET_BILL} returns it: a one-page A5 PDF made
 * with PDFBox, in Vietnamese with sdk-signature's Liberation Serif font (plain ASCII Helvetica if it is missing).
 * Says "SANDBOX — không có giá trị pháp lý" on its face.
 */
final class ReceiptPdf {
    private static final String FONT = "/io/github/egovsdk/signature/fonts/LiberationSerif-Regular.ttf";

    private ReceiptPdf() {}

    static byte[] of(ServiceState.Payment p, String partner, String bank) {
        List<String> lines = new ArrayList<>();
        JsonNode info;
        String amount;
        String transaction;
        String paidAt;
        synchronized (p) {
            info = p.receiptInfo;
            amount = p.amount;
            transaction = p.transactionId;
            paidAt = p.paidAt;
        }
        lines.add("Mã tham chiếu (MaThamChieu): " + p.reference);
        lines.add("Mã giao dịch (MaGiaoDich): " + transaction);
        lines.add("Thời gian thanh toán: " + readable(paidAt));
        lines.add("Số tiền: " + grouped(amount) + " VND");
        lines.add("Nội dung: " + p.description);
        lines.add("Đối tác (MaDoiTac): " + partner + " — Ngân hàng: " + bank);
        if (info != null && info.isObject()) {
            add(lines, "Mã hồ sơ: ", info.path("MaHoSo"));
            add(lines, "Thủ tục: ", info.path("TenTTHC"));
            add(lines, "Đơn vị thu: ", info.path("TenDonVi"));
            add(lines, "Người nộp: ", info.path("HoTenNguoiNop"));
            for (JsonNode f : info.path("PhiLePhi")) {
                lines.add("  - " + f.path("TenPhiLePhi").asString("") + ": "
                        + grouped(f.path("SoTien").asString("")) + " VND");
            }
        }
        return page(
                "Biên lai điện tử " + p.reference + " (sandbox)",
                "BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ",
                "Nền tảng thanh toán (SANDBOX — không có giá trị pháp lý)",
                lines);
    }

    /** A one-page A5 PDF: a heading, a sub-heading and lines of text (shared by the sandbox's documents). */
    static byte[] page(String title, String heading, String subheading, List<String> lines) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = font(doc);
            boolean unicode = font instanceof PDType0Font;
            PDPage page = new PDPage(PDRectangle.A5);
            doc.addPage(page);
            PDDocumentInformation meta = doc.getDocumentInformation();
            meta.setTitle(title);
            meta.setProducer("EGov SDK sandbox");
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = page.getMediaBox().getHeight() - 50;
                text(cs, font, unicode, 14, 40, y, heading);
                text(cs, font, unicode, 9, 40, y - 16, subheading);
                y -= 44;
                for (String line : lines) {
                    text(cs, font, unicode, 10, 40, y, line.length() > 70 ? line.substring(0, 69) + "…" : line);
                    y -= 16;
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(List<String> lines, String label, JsonNode value) {
        if (value.isValueNode() && !value.asString("").isBlank()) {
            lines.add(label + value.asString());
        }
    }

    private static PDFont font(PDDocument doc) throws IOException {
        try (InputStream in = ReceiptPdf.class.getResourceAsStream(FONT)) {
            if (in != null) {
                return PDType0Font.load(doc, in, true);
            }
        }
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    private static void text(
            PDPageContentStream cs, PDFont font, boolean unicode, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(unicode ? s : ascii(s));
        cs.endText();
    }

    private static String ascii(String s) {
        return Normalizer.normalize(
                        s.replace('đ', 'd').replace('Đ', 'D').replace('—', '-').replace('…', '.'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "?");
    }

    /** {@code 20260213160501} → {@code 13/02/2026 16:05:01}. */
    static String readable(String time) {
        return time != null && time.matches("\\d{14}")
                ? time.substring(6, 8) + "/" + time.substring(4, 6) + "/"
                        + time.substring(0, 4) + " " + time.substring(8, 10) + ":" + time.substring(10, 12) + ":"
                        + time.substring(12)
                : time;
    }

    /** {@code 150000} → {@code 150.000} (Vietnamese grouping). */
    static String grouped(String digits) {
        try {
            return String.format(Locale.ROOT, "%,d", Long.parseLong(digits.strip()))
                    .replace(',', '.');
        } catch (NumberFormatException e) {
            return digits;
        }
    }
}
