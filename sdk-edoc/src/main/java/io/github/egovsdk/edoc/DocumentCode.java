package io.github.egovsdk.edoc;

import jakarta.validation.constraints.NotBlank;

/**
 * A document's number and notation (số và ký hiệu văn bản), e.g. {@code 7816} / {@code VPCP-TTĐT}, rendered
 * {@code 7816/VPCP-TTĐT}. The number is not always numeric in real files.
 */
public record DocumentCode(@NotBlank String number, @NotBlank String notation) {

    /** Parses {@code number/notation} (the first slash separates them). */
    public static DocumentCode parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new io.github.egovsdk.core.EgovClientException("A document code is 'number/notation', got '" + text
                    + "' / Số ký hiệu phải có dạng 'số/ký hiệu'");
        }
        return new DocumentCode(text.substring(0, slash).strip(), text.substring(slash + 1).strip());
    }

    @Override
    public String toString() {
        return number + "/" + notation;
    }
}
