package io.github.egovsdk.signature.verify;

import io.github.egovsdk.core.EgovException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file's outcome in a {@link BatchValidator} run: either a {@link ValidationReport} or the error that kept the
 * file from being verified at all (not a signed file, unreadable, refused as unsafe).
 *
 * @param file   the file as given
 * @param report the verdict, or {@code null} when {@code error} is set
 * @param error  why the file could not be verified, or {@code null}
 */
public record BatchResult(Path file, ValidationReport report, EgovException error) {
    public BatchResult {
        Objects.requireNonNull(file, "file");
        if ((report == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of report and error");
        }
    }

    /** True when the file was verified and every one of its (at least one) signatures is TOTAL_PASSED. */
    public boolean valid() {
        return report != null && report.valid();
    }

    /** The error message, or the first non-passing indication, or {@code TOTAL_PASSED}: for one-line summaries. */
    public String errorOrIndication() {
        if (error != null) {
            return error.getMessage();
        }
        return report.signatures().stream()
                .filter(s -> !s.passed())
                .findFirst()
                .map(s -> s.indication() + (s.subIndication() == null ? "" : "/" + s.subIndication()))
                .orElse(report.signatures().isEmpty() ? "NO_SIGNATURE" : "TOTAL_PASSED");
    }
}
