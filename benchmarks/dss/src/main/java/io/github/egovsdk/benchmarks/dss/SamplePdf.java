package io.github.egovsdk.benchmarks.dss;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** An official-letter-like PDF of about the requested size (text pages plus an incompressible scanned image). */
public final class SamplePdf {
    private SamplePdf() {}

    public static byte[] create(int approximateBytes) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (int p = 0; p < 3; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(72, 770);
                    for (int line = 0; line < 40; line++) {
                        cs.showText("CONG HOA XA HOI CHU NGHIA VIET NAM - Doc lap - Tu do - Hanh phuc - dong " + line);
                        cs.newLineAtOffset(0, -16);
                    }
                    cs.endText();
                }
            }
            // Random pixels do not compress: the image makes the file reach the requested size, like a scan.
            int side = (int) Math.sqrt(Math.max(approximateBytes - 20_000, 10_000) / 3.0);
            BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
            Random random = new Random(42);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    img.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs =
                    new PDPageContentStream(doc, doc.getPage(2), PDPageContentStream.AppendMode.APPEND, true)) {
                cs.drawImage(image, 72, 72, 200, 200);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the sample PDF", e);
        }
    }
}
