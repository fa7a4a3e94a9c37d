package io.github.egovsdk.samples.support;

import io.github.egovsdk.core.EgovException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Inputs for the samples when none is given on the command line, generated so that a plain clone runs them; and the
 * one way the samples end on an error: a message on stderr and exit code 2, never a stack trace.
 */
public final class SampleFiles {
    private SampleFiles() {}

    /** A one-page unsigned PDF (an official letter's first line), written to {@code file}. */
    public static Path letterPdf(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    cs.newLineAtOffset(72, 760);
                    cs.showText("CONG VAN so 12/UBND-VP - sample document of the EGov SDK");
                    cs.endText();
                }
                doc.save(file.toFile());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a sample's body; an SDK or I/O error becomes one line on stderr and exit code 2. */
    public static void run(String sample, Runnable body) {
        try {
            body.run();
        } catch (EgovException | UncheckedIOException e) {
            System.err.println(sample + ": " + e.getMessage());
            System.exit(2);
        }
    }
}
