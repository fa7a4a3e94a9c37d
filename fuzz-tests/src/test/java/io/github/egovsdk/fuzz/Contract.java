package io.github.egovsdk.fuzz;

import io.github.egovsdk.core.EgovException;

/**
 * The parsers' contract, as the harnesses check it: bad input ends in a subclass of {@link EgovException} (the
 * documented {@code ChipFormatException}, {@code SignatureValidationException}, {@code XmlSecurityException}… all are)
 * or in a result; any other throwable — a library's runtime exception, an error — escapes and is a finding.
 */
final class Contract {
    private Contract() {}

    /** Runs {@code parse}; a typed SDK error is an accepted outcome, anything else propagates to Jazzer. */
    static void typedErrorsOnly(Runnable parse) {
        try {
            parse.run();
        } catch (EgovException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError(
                        "A typed error without a message: "
                                + expected.getClass().getName(),
                        expected);
            }
        }
    }
}
