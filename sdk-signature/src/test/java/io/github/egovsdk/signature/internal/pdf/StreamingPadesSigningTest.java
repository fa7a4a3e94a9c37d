package io.github.egovsdk.signature.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.internal.CmsBuilder;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.keys.SigningKeys;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.testpki.TestPki;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.verify.ValidationReport;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming signer on real files: PDFBox-written documents with a classic cross-reference table and with
 * cross-reference and object streams, one with a filled AcroForm, already-signed documents from the corpus (EU DSS
 * and PDF-Attacker samples), a hybrid-reference file and damaged cross-references. Each result is checked by our
 * verifier and, where installed, by poppler's pdfsig.
 */
class StreamingPadesSigningTest {
    static final Path CORPUS = Path.of(System.getProperty("egov.corpus.dir"), "signatures");
    static TestPki pki;
    static SigningKey key;
    static SignatureValidator trusting;
    static PadesSigner signer;

    @BeforeAll
    static void pki() throws Exception {
        pki = new TestPki();
        key = SigningKeys.of(pki.signerKey(), List.of(pki.signer, pki.ca));
        trusting = SignatureValidator.builder().trustAnchor(pki.root).build();
        signer = PadesSigner.builder().key(key).build();
    }

    static Path generated(Path dir, boolean compressed, boolean withForm) throws Exception {
        Path pdf = dir.resolve((compressed ? "xref-stream" : "xref-table") + (withForm ? "-form" : "") + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < 3; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 760);
                    cs.showText("Cong van so " + p);
                    cs.endText();
                }
            }
            if (withForm) {
                PDAcroForm form = new PDAcroForm(doc);
                doc.getDocumentCatalog().setAcroForm(form);
                PDResources resources = new PDResources();
                resources.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
                form.setDefaultResources(resources);
                form.setDefaultAppearance("/Helv 10 Tf 0 g");
                PDTextField field = new PDTextField(form);
                field.setPartialName("SoHieu");
                form.getFields().add(field);
                field.getWidgets().get(0).setRectangle(new PDRectangle(72, 700, 200, 20));
                field.getWidgets().get(0).setPage(doc.getPage(0));
                doc.getPage(0).getAnnotations().add(field.getWidgets().get(0));
                field.setValue("123/UBND-VP");
            }
            doc.save(
                    pdf.toFile(),
                    compressed ? CompressParameters.DEFAULT_COMPRESSION : CompressParameters.NO_COMPRESSION);
        }
        return pdf;
    }

    static boolean streamed(Path in, Path out) throws Exception {
        return StreamingPadesWriter.trySign(
                in,
                out,
                new StreamingPadesWriter.Fields(
                        "Nguyễn Văn An", "Ký ban hành (bản chính)", "Bắc Ninh", System.currentTimeMillis(), 16 * 1024),
                content -> CmsBuilder.sign(content, false, key, key.defaultAlgorithm(), null, null)
                        .getEncoded());
    }

    static void assertAllPassed(ValidationReport report, int count) {
        assertThat(report.signatures()).hasSize(count).allSatisfy(s -> {
            assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(s.format()).isEqualTo("PAdES-BASELINE-B");
            assertThat(s.modifiedAfterSigning()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void trySign_whenPdfboxDocument_appendsAValidRevisionAfterTheOriginalBytes(boolean compressed, @TempDir Path dir)
            throws Exception {
        Path pdf = generated(dir, compressed, false);
        Path signed = dir.resolve("signed.pdf");

        assertThat(streamed(pdf, signed)).isTrue();

        byte[] original = Files.readAllBytes(pdf);
        byte[] out = Files.readAllBytes(signed);
        assertThat(Arrays.copyOf(out, original.length)).isEqualTo(original);
        String revision = new String(out, original.length, out.length - original.length, StandardCharsets.ISO_8859_1);
        assertThat(revision)
                .contains("/SubFilter /ETSI.CAdES.detached")
                .contains("/SigFlags 3")
                .contains("/Prev ")
                .contains(compressed ? "/Type /XRef" : "\nxref\n");
        assertAllPassed(trusting.validate(signed), 1);
        try (PDDocument doc = Loader.loadPDF(signed.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            assertThat(doc.getSignatureDictionaries().get(0).getReason()).isEqualTo("Ký ban hành (bản chính)");
            assertThat(doc.getDocumentCatalog().getAcroForm().getField("Signature1"))
                    .isNotNull();
        }
        assertPdfsigValid(signed, 1);
    }

    @Test
    void sign_whenSignedTwiceByStreaming_bothSignaturesStayValid(@TempDir Path dir) throws Exception {
        for (boolean compressed : new boolean[] {false, true}) {
            Path once = dir.resolve("once-" + compressed + ".pdf");
            Path twice = dir.resolve("twice-" + compressed + ".pdf");
            assertThat(streamed(generated(dir, compressed, false), once)).isTrue();
            assertThat(streamed(once, twice)).isTrue();

            assertAllPassed(trusting.validate(twice), 2);
            try (PDDocument doc = Loader.loadPDF(twice.toFile())) {
                assertThat(doc.getDocumentCatalog().getAcroForm().getField("Signature2"))
                        .isNotNull();
            }
            assertPdfsigValid(twice, 2);
        }
    }

    @Test
    void sign_whenExistingAcroForm_keepsTheFieldAndAddsTheSignature(@TempDir Path dir) throws Exception {
        for (boolean compressed : new boolean[] {false, true}) {
            Path signed = dir.resolve("form-signed-" + compressed + ".pdf");
            assertThat(streamed(generated(dir, compressed, true), signed)).isTrue();

            assertAllPassed(trusting.validate(signed), 1);
            try (PDDocument doc = Loader.loadPDF(signed.toFile())) {
                PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
                assertThat(form.getField("SoHieu").getValueAsString()).isEqualTo("123/UBND-VP");
                assertThat(form.getField("Signature1")).isNotNull();
                assertThat(form.isSignaturesExist()).isTrue();
                assertThat(doc.getPage(0).getAnnotations()).hasSize(2);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "dss__pdf-signed-original.pdf",
                "dss__pades-signed-annot-added.pdf",
                "dss__dss-2236-replace.pdf",
                "dss__hello_signed_INCSAVE_signed_EDITED.pdf",
                "dss__siwa.pdf",
                "pdfattacker__replace-overlay-v1-3-signed.pdf"
            })
    void sign_whenAlreadySignedCorpusPdf_leavesEarlierVerdictsUnchanged(String name, @TempDir Path dir)
            throws Exception {
        Path input = CORPUS.resolve(name);
        Path signed = dir.resolve("resigned.pdf");
        ValidationReport before = trusting.validate(input);

        assertThat(streamed(input, signed)).as("streamed").isTrue();

        ValidationReport after = trusting.validate(signed);
        assertThat(after.signatures()).hasSize(before.signatures().size() + 1);
        for (int i = 0; i < before.signatures().size(); i++) {
            SignatureReport b = before.signatures().get(i);
            SignatureReport a = after.signatures().get(i);
            assertThat(a.indication()).as(name + " #" + i).isEqualTo(b.indication());
            assertThat(a.subIndication()).as(name + " #" + i).isEqualTo(b.subIndication());
            assertThat(a.modifiedAfterSigning()).isEqualTo(b.modifiedAfterSigning());
        }
        SignatureReport ours = after.signatures().get(after.signatures().size() - 1);
        assertThat(ours.indication()).as(ours.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(ours.coversWholeDocument()).isTrue();
        if (pdfsigInstalled()) {
            String before1 = run("pdfsig", input.toString());
            String after1 = run("pdfsig", signed.toString());
            long validBefore = before1.lines()
                    .filter(l -> l.contains("Signature is Valid."))
                    .count();
            assertThat(after1.lines()
                            .filter(l -> l.contains("Signature is Valid."))
                            .count())
                    .isEqualTo(validBefore + 1);
        }
    }

    @Test
    void trySign_whenHybridReferenceFile_writesATableSectionAndStaysValid(@TempDir Path dir) throws Exception {
        Path hybrid = hybrid(generated(dir, true, false), dir.resolve("hybrid.pdf"));
        try (PDDocument doc = Loader.loadPDF(hybrid.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
        }
        Path signed = dir.resolve("signed.pdf");

        assertThat(streamed(hybrid, signed)).isTrue();

        byte[] original = Files.readAllBytes(hybrid);
        byte[] out = Files.readAllBytes(signed);
        String revision = new String(out, original.length, out.length - original.length, StandardCharsets.ISO_8859_1);
        assertThat(revision).contains("\nxref\n").doesNotContain("/Type /XRef");
        assertAllPassed(trusting.validate(signed), 1);
        assertPdfsigValid(signed, 1);
    }

    /**
     * Appends a hybrid-reference section (ISO 32000-1 §7.5.8.4): a classic table listing the uncompressed objects,
     * its trailer's {@code /XRefStm} pointing to the cross-reference stream that also lists the compressed ones.
     */
    static Path hybrid(Path compressed, Path target) throws Exception {
        byte[] bytes = Files.readAllBytes(compressed);
        XrefReader.Xref xref;
        try (FileChannel ch = FileChannel.open(compressed)) {
            xref = XrefReader.read(PdfInput.of(ch));
        }
        StringBuilder table = new StringBuilder("xref\n");
        xref.entries().entrySet().stream()
                .filter(e -> e.getValue().type() == 1)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> table.append(e.getKey())
                        .append(" 1\n")
                        .append(String.format(
                                "%010d %05d n\r\n",
                                e.getValue().offset(), e.getValue().field())));
        Cos.Ref root = (Cos.Ref) xref.trailer().get("Root");
        table.append("trailer\n<</Size ")
                .append(xref.size())
                .append(" /Root ")
                .append(root.num())
                .append(" ")
                .append(root.gen())
                .append(" R /XRefStm ")
                .append(xref.startxref())
                .append(">>\nstartxref\n")
                .append(bytes.length)
                .append("\n%%EOF\n");
        Files.write(target, bytes);
        Files.write(target, table.toString().getBytes(StandardCharsets.ISO_8859_1), StandardOpenOption.APPEND);
        return target;
    }

    @Test
    void trySign_whenStartxrefIsWrong_leavesItToPdfboxWhichReconstructs(@TempDir Path dir) throws Exception {
        Path pdf = generated(dir, false, false);
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("startxref");
        String broken = text.substring(0, at) + "startxref\n17\n%%EOF\n";
        Path damaged = Files.write(dir.resolve("damaged.pdf"), broken.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(streamed(damaged, dir.resolve("unused.pdf"))).isFalse();

        Path signed = dir.resolve("signed.pdf");
        signer.sign(damaged, signed, PadesOptions.invisible());
        assertAllPassed(trusting.validate(signed), 1);
    }

    @Test
    void trySign_whenEncrypted_leavesItToPdfbox(@TempDir Path dir) throws Exception {
        Path plain = generated(dir, false, false);
        Path encrypted = dir.resolve("encrypted.pdf");
        try (PDDocument doc = Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(encrypted.toFile());
        }

        assertThat(streamed(encrypted, dir.resolve("unused.pdf"))).isFalse();

        Path signed = dir.resolve("signed.pdf");
        signer.sign(encrypted, signed, PadesOptions.invisible());
        try (PDDocument doc = Loader.loadPDF(signed.toFile())) {
            assertThat(doc.isEncrypted()).isTrue();
            assertThat(doc.getSignatureDictionaries()).hasSize(1);
        }
    }

    @Test
    void sign_whenNotAPdf_throwsATypedError(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.pdf"), "not a PDF at all, startxref 5 %%EOF");

        assertThat(streamed(junk, dir.resolve("unused.pdf"))).isFalse();
        assertThatThrownBy(() -> signer.sign(junk, dir.resolve("out.pdf"), PadesOptions.invisible()))
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("Cannot sign");
        assertThat(dir.resolve("out.pdf")).doesNotExist();
    }

    static boolean pdfsigInstalled() {
        return Files.isExecutable(Path.of("/usr/bin/pdfsig"));
    }

    static void assertPdfsigValid(Path signed, int count) throws Exception {
        assumeTrue(pdfsigInstalled(), "poppler-utils (pdfsig) not installed");
        String out = run("pdfsig", signed.toString());
        assertThat(out.lines().filter(l -> l.contains("Signature is Valid.")).count())
                .as(out)
                .isEqualTo(count);
        assertThat(out).contains("ETSI.CAdES.detached");
    }

    static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
