package io.github.egovsdk.samples;

import io.github.egovsdk.samples.support.SampleFiles;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.pdf.VisibleSignature;
import io.github.egovsdk.signature.tsa.TsaClient;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.verify.ValidationReport;
import io.github.egovsdk.testkit.EgovSandbox;
import java.nio.file.Path;
import java.util.List;

/**
 * Signs a PDF (PAdES B-T, visible signature) with a sandbox key and the sandbox TSA, then verifies it trusting the
 * sandbox root. Usage: {@code SignAndVerifyPdf [INPUT.pdf [OUTPUT.pdf]]}; without INPUT a one-page PDF is generated.
 */
public final class SignAndVerifyPdf {
    private SignAndVerifyPdf() {}

    public static void main(String[] args) {
        SampleFiles.run("SignAndVerifyPdf", () -> signAndVerify(args));
    }

    private static void signAndVerify(String[] args) {
        Path in = args.length > 0 ? Path.of(args[0]) : SampleFiles.letterPdf(Path.of("target/sample-letter.pdf"));
        Path out = Path.of(args.length > 1 ? args[1] : "target/signed-sample.pdf");
        try (EgovSandbox sandbox = EgovSandbox.start();
                TsaClient tsa = sandbox.tsaClient()) {
            SigningKey key = sandbox.signingKey("CN=Trần Thị Bình,O=Sở Nội vụ (sandbox),C=VN");
            PadesSigner.builder()
                    .key(key)
                    .tsa(tsa)
                    .build()
                    .sign(
                            in,
                            out,
                            new PadesOptions(
                                    "Trần Thị Bình",
                                    "Ký duyệt",
                                    "Hà Nội",
                                    VisibleSignature.withImage(
                                            1,
                                            350,
                                            60,
                                            200,
                                            50,
                                            null,
                                            List.of("Người ký: Trần Thị Bình", "Sở Nội vụ"))));
            ValidationReport report = SignatureValidator.builder()
                    .trustAnchor(sandbox.rootCa())
                    .build()
                    .validate(out);
            for (SignatureReport s : report.signatures()) {
                System.out.println(s.id() + " " + s.format() + " → " + s.indication()
                        + (s.subIndication() == null
                                ? ""
                                : " / " + s.subIndication().vietnamese()));
            }
        }
    }
}
