package io.github.egovsdk.civil.registration;

import io.github.egovsdk.core.privacy.Redactor;
import java.time.LocalDate;

/**
 * A personal identity document (giấy tờ tùy thân) as declared in a civil-status payload: the document type code
 * ({@code *LoaiGiayToTuyThan} — the code list is unpublished, so any value is kept as sent), its number, a free-text
 * "other document" ({@code *GiayToKhac}), issue date and issuer. {@link #toString()} masks the number.
 *
 * @param type          document type code (loại giấy tờ), as sent; may be null
 * @param number        document number (số giấy tờ: CCCD / personal ID, passport…); may be null
 * @param otherDocument other document described in words (giấy tờ khác); may be null
 * @param issuedOn      issue date (ngày cấp); null when not sent
 * @param issuedBy      issuer (nơi cấp); may be null
 */
public record IdentityDocument(String type, String number, String otherDocument, LocalDate issuedOn, String issuedBy) {

    /** Whether nothing at all was declared. */
    public boolean isEmpty() {
        return type == null && number == null && otherDocument == null && issuedOn == null && issuedBy == null;
    }

    /** The number masked as everywhere in the SDK (first 3 and last 3 digits of a personal ID); null when absent. */
    public String maskedNumber() {
        return number == null ? null : Redactor.maskPersonalId(number);
    }

    @Override
    public String toString() {
        return "IdentityDocument[type=" + type + ", number=" + maskedNumber() + "]";
    }
}
