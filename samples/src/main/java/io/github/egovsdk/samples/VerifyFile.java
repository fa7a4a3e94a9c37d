package io.github.egovsdk.samples;

import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.verify.ValidationReport;
import java.nio.file.Path;

/** Verifies every signature in a PDF, XML or CMS file and prints the verdict in Vietnamese. Usage: {@code VerifyFile FILE}. */
public final class VerifyFile {
    private VerifyFile() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0]
                : "../shared/corpus/signatures/pdfattacker__hide-and-replace-v1-4-manipulated.pdf");
        ValidationReport report = SignatureValidator.builder().build().validate(file);
        System.out.println(report.file() + ": " + (report.valid() ? "hợp lệ" : "không hợp lệ"));
        for (SignatureReport s : report.signatures()) {
            System.out.println("  " + s.id() + " " + s.indication() + (s.subIndication() == null ? ""
                    : " — " + s.subIndication().vietnamese()));
            s.messages().forEach(m -> System.out.println("    " + m.severity() + " " + m.vi()));
        }
    }
}
