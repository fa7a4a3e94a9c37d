package io.github.egovsdk.benchmarks;

import io.github.egovsdk.edoc.Attachment;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.testkit.SandboxAgency;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * The documents of the receive benchmark: {@code count} distinct edXML messages of about 360 KB each (the size of the
 * real samples the axis relays, e.g. VPCP's {@code edoc_new}), each with a header XML-DSig signature and one
 * PAdES-signed PDF attachment of about 265 KB, signed by a key of the sandbox CA. Written once per trial.
 */
final class SignedEdxmlSet {
    /** About 265 KB of PDF: base64 in the message brings it to ~360 KB. */
    private static final int PDF_CONTENT_BYTES = 262_000;

    private SignedEdxmlSet() {}

    static List<Path> write(Path dir, int count, SigningKey key, SandboxAgency from, SandboxAgency to)
            throws IOException {
        Path pdf = dir.resolve("cong-van.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            // Uncompressed drawing operators, so the file has the size of a scanned letter.
            StringBuilder ops = new StringBuilder(PDF_CONTENT_BYTES + 64);
            for (int i = 0; ops.length() < PDF_CONTENT_BYTES; i++) {
                ops.append("0.5 w ")
                        .append(i % 500 + 40)
                        .append(' ')
                        .append(i % 700 + 40)
                        .append(" m ")
                        .append(i % 450 + 60)
                        .append(' ')
                        .append(i % 650 + 60)
                        .append(" l S\n");
            }
            page.setContents(
                    new PDStream(doc, new ByteArrayInputStream(ops.toString().getBytes(StandardCharsets.US_ASCII))));
            doc.addPage(page);
            doc.save(pdf.toFile());
        }
        Path signedPdf = dir.resolve("cong-van.signed.pdf");
        PadesSigner.builder().key(key).build().sign(pdf, signedPdf, PadesOptions.invisible());
        EdxmlWriter writer = EdxmlWriter.standard().withHeaderSignature(key);
        List<Path> files = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Path f = dir.resolve("doc-" + i + ".edxml");
            writer.write(
                    EdocDocument.builder()
                            .from(Organization.of(from.organId(), from.name()))
                            .to(Organization.of(to.organId(), to.name()))
                            .code(Integer.toString(i), "UBND-VP")
                            .promulgation("Bắc Ninh", LocalDate.of(2026, 12, 4))
                            .subject("V/v triển khai liên thông văn bản điện tử, số " + i)
                            .attachment(Attachment.ofFile("1", signedPdf))
                            .build(),
                    f);
            files.add(f);
        }
        return files;
    }
}
