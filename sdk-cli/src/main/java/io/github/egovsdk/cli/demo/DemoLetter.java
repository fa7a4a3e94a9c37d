package io.github.egovsdk.cli.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The demo's official letter (công văn) and its signature/seal images, made on the fly. */
final class DemoLetter {
    private static final String FONT = "/io/github/egovsdk/signature/fonts/LiberationSerif-Regular.ttf";

    private DemoLetter() {}

    static Path write(Path file) throws IOException {
        try (PDDocument doc = new PDDocument();
                InputStream font = DemoLetter.class.getResourceAsStream(FONT)) {
            PDType0Font f = PDType0Font.load(doc, font, true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                line(cs, f, 11, 60, 790, "UBND TỈNH BẮC NINH (SANDBOX)");
                line(cs, f, 11, 300, 790, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                line(cs, f, 11, 340, 775, "Độc lập - Tự do - Hạnh phúc");
                line(cs, f, 11, 60, 760, "Số: 123/UBND-VP");
                line(cs, f, 12, 60, 720, "V/v triển khai liên thông văn bản điện tử");
                String[] body = {
                    "Kính gửi: Sở Tư pháp; Sở Y tế.",
                    "Thực hiện Nghị định 30/2020/NĐ-CP về công tác văn thư, UBND tỉnh đề nghị các cơ quan",
                    "tiếp nhận văn bản điện tử qua Trục liên thông văn bản quốc gia và phản hồi trạng thái xử lý.",
                    "(Văn bản mẫu do EGov SDK tạo trong môi trường sandbox — không có giá trị pháp lý.)"
                };
                for (int i = 0; i < body.length; i++) {
                    line(cs, f, 12, 60, 680 - i * 20, body[i]);
                }
            }
            // A stream, not a File: re-running the demo replaces last run's letter without PDFBox's overwrite warning.
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.save(out);
            }
        }
        return file;
    }

    private static void line(PDPageContentStream cs, PDType0Font f, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    /** A transparent PNG: a handwritten-looking name, or a round red seal. */
    static byte[] png(String text, boolean seal) throws IOException {
        BufferedImage img = new BufferedImage(240, seal ? 240 : 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (seal) {
            g.setColor(new Color(200, 20, 20, 190));
            g.setStroke(new BasicStroke(8));
            g.drawOval(10, 10, 220, 220);
            g.setStroke(new BasicStroke(3));
            g.drawOval(40, 40, 160, 160);
            g.setFont(new Font(Font.SERIF, Font.BOLD, 18));
            g.drawString("★", 112, 128);
        } else {
            g.setColor(new Color(10, 30, 140, 220));
            g.setStroke(new BasicStroke(3));
            g.drawLine(10, 90, 230, 60);
            g.setFont(new Font(Font.SERIF, Font.ITALIC, 26));
            g.drawString(text.length() > 3 ? text.substring(text.lastIndexOf(' ') + 1) : text, 40, 70);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
