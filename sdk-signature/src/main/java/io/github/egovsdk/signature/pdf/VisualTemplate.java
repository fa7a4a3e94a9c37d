package io.github.egovsdk.signature.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The one-page template PDFBox merges as a signature's visual appearance: a signature field whose widget's
 * appearance stream draws the image and the text (Liberation Serif, SIL OFL, embedded as a subset).
 */
final class VisualTemplate {
    static final String FONT = "/io/github/egovsdk/signature/fonts/LiberationSerif-Regular.ttf";

    private VisualTemplate() {}

    static InputStream create(PDRectangle mediaBox, VisibleSignature v) throws IOException {
        try (PDDocument t = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(mediaBox);
            t.addPage(page);
            PDAcroForm acroForm = new PDAcroForm(t);
            t.getDocumentCatalog().setAcroForm(acroForm);
            PDSignatureField field = new PDSignatureField(acroForm);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            acroForm.setSignaturesExist(true);
            acroForm.setAppendOnly(true);
            acroForm.getCOSObject().setDirect(true);
            acroForm.getFields().add(field);
            PDRectangle rect = new PDRectangle(v.x(), v.y(), v.width(), v.height());
            widget.setRectangle(rect);
            PDFormXObject form = new PDFormXObject(new PDStream(t));
            form.setResources(new PDResources());
            form.setFormType(1);
            form.setBBox(new PDRectangle(v.width(), v.height()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            PDAppearanceStream stream = new PDAppearanceStream(form.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            try (PDPageContentStream cs = new PDPageContentStream(t, stream)) {
                float textX = 4;
                if (v.image() != null) {
                    PDImageXObject img = PDImageXObject.createFromByteArray(t, v.image(), "signature-image");
                    float h = v.height() - 4;
                    float w = Math.min(v.width() / 2, h * img.getWidth() / img.getHeight());
                    cs.drawImage(img, 2, 2, w, h);
                    textX = w + 6;
                }
                try (InputStream font = VisualTemplate.class.getResourceAsStream(FONT)) {
                    PDType0Font f = PDType0Font.load(t, font, true);
                    float size = Math.max(
                            6,
                            Math.min(
                                    10, (v.height() - 6) / Math.max(1, v.lines().size()) - 2));
                    cs.beginText();
                    cs.setFont(f, size);
                    cs.newLineAtOffset(textX, v.height() - size - 3);
                    for (String line : v.lines()) {
                        cs.showText(line);
                        cs.newLineAtOffset(0, -(size + 2));
                    }
                    cs.endText();
                }
            }
            page.getAnnotations().add(widget);
            t.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }
}
