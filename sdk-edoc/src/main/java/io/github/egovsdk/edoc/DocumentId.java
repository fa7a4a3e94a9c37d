package io.github.egovsdk.edoc;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.edoc.internal.EdxmlDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The edXML {@code DocumentId} convention {@code {senderOrganId},{yyyy/MM/dd},{number}/{notation}}, e.g.
 * {@code 000.00.00.G22,2015/09/30,7816/VPCP-TTĐT}. Older messages carry a bare UUID instead: {@link #tryParse} gives
 * an empty result for such a value, {@link #parse} a {@link ValidationException}.
 *
 * @param senderOrganId    the issuing agency
 * @param promulgationDate the issue date (ngày ban hành)
 * @param code             number and notation
 */
public record DocumentId(String senderOrganId, LocalDate promulgationDate, DocumentCode code) {

    public static DocumentId of(String senderOrganId, LocalDate promulgationDate, DocumentCode code) {
        return new DocumentId(senderOrganId, promulgationDate, code);
    }

    /**
     * Parses the convention leniently (any of the accepted date forms).
     *
     * @throws ValidationException naming {@code documentId} for other shapes (UUIDs)
     */
    public static DocumentId parse(String text) {
        return tryParse(text)
                .orElseThrow(() -> new ValidationException(
                        "document id '" + text + "'",
                        List.of(new Violation(
                                "documentId",
                                "Pattern",
                                "expected {organId},{yyyy/MM/dd},{number}/{notation}"
                                        + " / mã văn bản phải có dạng {mã cơ quan},{yyyy/MM/dd},{số}/{ký hiệu}",
                                text))));
    }

    /** Parses the convention leniently (any of the accepted date forms); empty for other shapes (UUIDs). */
    public static Optional<DocumentId> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(",", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        Optional<LocalDate> date = EdxmlDates.parseDate(parts[1].strip());
        Optional<DocumentCode> code = DocumentCode.tryParse(parts[2].strip());
        if (date.isEmpty() || code.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentId(parts[0].strip(), date.get(), code.get()));
    }

    /** The documented form. */
    public String value() {
        return senderOrganId + "," + EdxmlDates.formatDate(promulgationDate) + "," + code;
    }

    @Override
    public String toString() {
        return value();
    }
}
