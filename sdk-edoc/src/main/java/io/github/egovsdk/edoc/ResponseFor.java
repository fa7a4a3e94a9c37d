package io.github.egovsdk.edoc;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.edoc.internal.EdxmlDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The earlier document a message answers, revokes, updates or reports on (văn bản được phản hồi / bị thu hồi).
 *
 * @param organId          the agency that issued it
 * @param code             {@code number/notation} as one string
 * @param documentId       its {@code DocumentId}
 * @param promulgationDate its date as written ({@code yyyy/MM/dd}); raw because real files carry inconsistent dates
 */
public record ResponseFor(String organId, String code, String documentId, String promulgationDate) {

    /**
     * The document issued by {@code organId} as {@code code} on {@code date}; {@code documentId} null means the
     * conventional {@code {organId},{yyyy/MM/dd},{number}/{notation}}.
     */
    public static ResponseFor of(String organId, DocumentCode code, LocalDate date, String documentId) {
        Objects.requireNonNull(organId, "organId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(date, "date");
        String id = documentId == null || documentId.isBlank()
                ? DocumentId.of(organId, date, code).value()
                : documentId.strip();
        return new ResponseFor(organId, code.toString(), id, EdxmlDates.formatDate(date));
    }

    /**
     * Parses {@code ORGAN_ID,NUMBER/NOTATION,DATE[,DOCUMENT_ID]} (the CLI's form). DATE is {@code yyyy-MM-dd}
     * ({@code yyyy/MM/dd} and {@code dd/MM/yyyy} are accepted too); DOCUMENT_ID is everything after the third comma, so
     * it may contain commas itself, as the conventional ids do.
     *
     * @throws ValidationException naming the part that is wrong
     */
    public static ResponseFor parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",", 4);
        if (parts.length < 3) {
            throw invalid(
                    text,
                    "responseFor",
                    "A document reference is"
                            + " ORGAN_ID,NUMBER/NOTATION,yyyy-MM-dd[,DOCUMENT_ID], got '" + text
                            + "' / Văn bản được tham chiếu"
                            + " phải có dạng MÃ_CƠ_QUAN,SỐ/KÝ_HIỆU,yyyy-MM-dd[,MÃ_VĂN_BẢN]");
        }
        String organ = parts[0].strip();
        if (organ.isEmpty()) {
            throw invalid(
                    text,
                    "responseFor.organId",
                    "The document reference '" + text + "' has no agency code" + " / Thiếu mã cơ quan ban hành trong '"
                            + text + "'");
        }
        LocalDate date = EdxmlDates.parseDate(parts[2].strip())
                .orElseThrow(() -> invalid(
                        text,
                        "responseFor.date",
                        "The document reference '" + text + "' has no valid date (yyyy-MM-dd): '" + parts[2].strip()
                                + "' / Ngày ban hành không hợp lệ: '" + parts[2].strip() + "'"));
        return of(organ, DocumentCode.parse(parts[1].strip()), date, parts.length == 4 ? parts[3] : null);
    }

    /** {@link #parse} without the exception. */
    public static Optional<ResponseFor> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    private static ValidationException invalid(String text, String field, String message) {
        return new ValidationException(
                "document reference '" + text + "'", List.of(new Violation(field, "Format", message, text)));
    }
}
