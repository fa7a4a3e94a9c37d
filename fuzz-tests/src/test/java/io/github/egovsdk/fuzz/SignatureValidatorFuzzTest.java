package io.github.egovsdk.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.egovsdk.signature.cms.CadesSigner;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.sign.SignOptions;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.verify.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Signature verification of PDF, XML and CMS files, and an integrity oracle: a byte changed inside the data a valid
 * signature covers must never give TOTAL_PASSED.
 */
class SignatureValidatorFuzzTest {
    private static Path folder;
    private static SignatureValidator validator;
    private static byte[] signedCms;
    private static byte[] cmsContent;
    private static byte[] signedPdf;
    private static long[] pdfByteRange;

    @BeforeAll
    static void signOnce() throws Exception {
        folder = Files.createTempDirectory("fuzz-signature");
        FuzzPki pki = new FuzzPki();
        validator =
                SignatureValidator.builder().trustAnchor(pki.root).offline(true).build();
        cmsContent = "Công văn số 12/UBND-VP: nội dung được ký (thử nghiệm)".getBytes(StandardCharsets.UTF_8);
        Path content = FuzzFiles.write(folder, "content.txt", cmsContent);
        Path p7m = folder.resolve("signed.p7m");
        CadesSigner.builder().key(pki.key()).build().sign(content, p7m, SignOptions.enveloping());
        signedCms = Files.readAllBytes(p7m);
        Path pdf = folder.resolve("in.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        Path signed = folder.resolve("signed.pdf");
        PadesSigner.builder().key(pki.key()).build().sign(pdf, signed, PadesOptions.invisible());
        signedPdf = Files.readAllBytes(signed);
        pdfByteRange = byteRange(signedPdf);
        requirePassed(p7m);
        requirePassed(signed);
    }

    @AfterAll
    static void clean() throws IOException {
        FuzzFiles.deleteTree(folder);
    }

    @FuzzTest(maxDuration = "6s")
    void pdf(byte[] input) {
        validate(input, "input.pdf");
    }

    @FuzzTest(maxDuration = "6s")
    void xml(byte[] input) {
        validate(input, "input.xml");
    }

    @FuzzTest(maxDuration = "6s")
    void cms(byte[] input) {
        validate(input, "input.p7m");
    }

    /** Changes one byte of the signed content of a valid CAdES and of a valid PAdES signature: never passes. */
    @FuzzTest(maxDuration = "6s")
    void integrity(FuzzedDataProvider data) {
        boolean pdf = data.consumeBoolean();
        byte[] file = (pdf ? signedPdf : signedCms).clone();
        int at;
        if (pdf) {
            // inside the first or the second signed range of /ByteRange [a b c d]
            boolean first = data.consumeBoolean();
            long from = first ? pdfByteRange[0] : pdfByteRange[2];
            long len = first ? pdfByteRange[1] : pdfByteRange[3];
            at = (int) (from + data.consumeLong(0, len - 1));
        } else {
            at = indexOf(file, cmsContent) + data.consumeInt(0, cmsContent.length - 1);
        }
        byte replacement = data.consumeByte();
        if (replacement == file[at]) {
            return;
        }
        file[at] = replacement;
        Path path = FuzzFiles.write(folder, pdf ? "mutated.pdf" : "mutated.p7m", file);
        Contract.typedErrorsOnly(() -> {
            ValidationReport report = validator.validate(path);
            for (SignatureReport r : report.signatures()) {
                if (r.passed()) {
                    throw new AssertionError(
                            "A signature passed after byte " + at + " inside the signed data was" + " changed: " + r);
                }
            }
        });
    }

    private static void validate(byte[] input, String name) {
        Path file = FuzzFiles.write(folder, name, input);
        Contract.typedErrorsOnly(() -> validator.validate(file));
    }

    private static void requirePassed(Path file) {
        ValidationReport r = validator.validate(file);
        if (r.signatures().isEmpty() || !r.signatures().get(0).passed()) {
            throw new IllegalStateException("The oracle's starting signature does not pass: " + r);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("The signed content is not enveloped in the CMS");
    }

    private static long[] byteRange(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*]")
                .matcher(s);
        if (!m.find()) {
            throw new IllegalStateException("No /ByteRange in the signed PDF");
        }
        return new long[] {
            Long.parseLong(m.group(1)),
            Long.parseLong(m.group(2)),
            Long.parseLong(m.group(3)),
            Long.parseLong(m.group(4))
        };
    }
}
