package io.github.egovsdk.samples;

import io.github.egovsdk.samples.support.SampleFiles;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.verify.ValidationReport;
import io.github.egovsdk.testkit.EgovSandbox;
import java.nio.file.Path;

/**
 * Verifies every signature in a PDF, XML or CMS file and prints the verdict in Vietnamese. Usage: {@code VerifyFile
 * [FILE]}; without FILE, a PDF is generated and signed with a sandbox key first (no trust anchor is given, so its
 * chain ends INDETERMINATE — pass a file of your own to see other verdicts).
 */
public final class VerifyFile {
    private VerifyFile() {}

    public static void main(String[] args) {
        SampleFiles.run("VerifyFile", () -> verify(args.length > 0 ? Path.of(args[0]) : signedSample()));
    }

    private static void verify(Path file) {
        ValidationReport report = SignatureValidator.builder().build().validate(file);
        System.out.println(report.file() + ": " + (report.valid() ? "hợp lệ" : "không hợp lệ"));
        for (SignatureReport s : report.signatures()) {
            System.out.println("  " + s.id() + " " + s.indication()
                    + (s.subIndication() == null
                            ? ""
                            : " — " + s.subIndication().vietnamese()));
            s.messages().forEach(m -> System.out.println("    " + m.severity() + " " + m.vi()));
        }
    }

    private static Path signedSample() {
        Path in = SampleFiles.letterPdf(Path.of("target/sample-letter.pdf"));
        Path out = Path.of("target/sample-letter-signed.pdf");
        try (EgovSandbox sandbox = EgovSandbox.start()) {
            PadesSigner.builder()
                    .key(sandbox.signingKey("CN=Nguyễn Văn An,O=UBND (sandbox),C=VN"))
                    .build()
                    .sign(in, out, new PadesOptions("Nguyễn Văn An", "Ký duyệt", "Hà Nội", null));
        }
        return out;
    }
}
