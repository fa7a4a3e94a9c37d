package io.github.egovsdk.signature.verify;

import java.util.List;

/**
 * The verdict on a file: {@code valid} only if it has at least one signature and every signature is TOTAL_PASSED.
 *
 * @param file       file name
 * @param format     PDF, XML or CMS
 * @param signatures one report per signature
 */
public record ValidationReport(String file, String format, List<SignatureReport> signatures) {
    public ValidationReport {
        signatures = List.copyOf(signatures);
    }

    public boolean valid() {
        return !signatures.isEmpty() && signatures.stream().allMatch(SignatureReport::passed);
    }
}
