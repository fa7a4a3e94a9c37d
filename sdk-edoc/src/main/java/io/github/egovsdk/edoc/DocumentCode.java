package io.github.egovsdk.edoc;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;

/**
 * A document's number and notation (số và ký hiệu văn bản), e.g. {@code 7816} / {@code VPCP-TTĐT}, rendered
 * {@code 7816/VPCP-TTĐT}. The number is not always numeric in real files.
 */
public record DocumentCode(
        @NotBlank String number, @NotBlank String notation) {

    /**
     * Parses {@code number/notation} (the first slash separates them).
     *
     * @throws ValidationException naming {@code documentCode} when either part is missing
     */
    public static DocumentCode parse(String text) {
        return tryParse(text)
                .orElseThrow(() -> new ValidationException(
                        "document code '" + text + "'",
                        List.of(new Violation(
                                "documentCode",
                                "Pattern",
                                "A document code is 'number/notation', got '" + text
                                        + "' / Số ký hiệu phải có dạng 'số/ký hiệu'",
                                text))));
    }

    /** {@link #parse} without the exception: empty when either part is missing. */
    public static Optional<DocumentCode> tryParse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            return Optional.empty();
        }
        String number = text.substring(0, slash).strip();
        String notation = text.substring(slash + 1).strip();
        return number.isEmpty() || notation.isEmpty()
                ? Optional.empty()
                : Optional.of(new DocumentCode(number, notation));
    }

    @Override
    public String toString() {
        return number + "/" + notation;
    }
}
