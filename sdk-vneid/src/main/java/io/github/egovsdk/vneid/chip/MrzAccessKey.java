package io.github.egovsdk.vneid.chip;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.vneid.card.Mrz;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * The MRZ-based access key for BAC (and PACE with the MRZ password), ICAO 9303 Part 11: document number, date of birth
 * and date of expiry, each with its check digit. On the CCCD the document number is MRZ line 1 positions 6–14, which
 * are the last 9 digits of the 12-digit personal ID (reference §3.2–3.3).
 *
 * <p>Personal data: {@link #toString()} masks the document number and omits the dates.
 *
 * @param documentNumber 9 characters (MRZ line 1 positions 6–14)
 * @param dateOfBirth    ngày sinh
 * @param dateOfExpiry   ngày hết hạn
 */
public record MrzAccessKey(
        @NotNull @Pattern(regexp = "[0-9A-Z<]{9}") String documentNumber,
        @NotNull LocalDate dateOfBirth,
        @NotNull LocalDate dateOfExpiry) {
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    public MrzAccessKey {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(dateOfExpiry, "dateOfExpiry");
        if (documentNumber == null || !documentNumber.matches("[0-9A-Z<]{9}")) {
            throw new ValidationException(
                    "MRZ access key",
                    List.of(new Violation(
                            "documentNumber",
                            "DocumentNumber.format",
                            "The document number has 9 characters 0–9, A–Z or < / Số giấy tờ gồm 9 "
                                    + "ký tự 0–9, A–Z hoặc <",
                            Redactor.maskPersonalId(documentNumber))));
        }
    }

    /** From the 12-digit personal ID (its last 9 digits) and the printed dates. */
    public static MrzAccessKey fromPersonalId(String personalId, LocalDate dateOfBirth, LocalDate dateOfExpiry) {
        String s = personalId == null ? "" : personalId.strip();
        if (!s.matches("\\d{12}")) {
            throw new ValidationException(
                    "personal ID number",
                    List.of(new Violation(
                            "personalId",
                            "PersonalId.format",
                            "A personal ID number has exactly 12 digits / Số định danh cá nhân gồm đúng 12 chữ số",
                            Redactor.maskPersonalId(s))));
        }
        return new MrzAccessKey(s.substring(3), dateOfBirth, dateOfExpiry);
    }

    /** From a parsed MRZ (document number, birth and expiry dates). */
    public static MrzAccessKey fromMrz(Mrz mrz) {
        if (mrz.documentNumber() == null || mrz.dateOfBirth() == null || mrz.expiryDate() == null) {
            throw new ValidationException(
                    "MRZ access key",
                    List.of(new Violation(
                            "mrz",
                            "Mrz.incomplete",
                            "The MRZ lacks the document number or a date / MRZ thiếu số giấy tờ hoặc ngày tháng",
                            null)));
        }
        return new MrzAccessKey(mrz.documentNumber(), mrz.dateOfBirth(), mrz.expiryDate());
    }

    /**
     * The "MRZ information" hashed into the BAC key seed: document number + check digit + birth {@code yyMMdd} + check
     * digit + expiry {@code yyMMdd} + check digit (24 characters). Secret: do not log.
     */
    public String mrzInformation() {
        String dob = dateOfBirth.format(YYMMDD);
        String exp = dateOfExpiry.format(YYMMDD);
        return documentNumber + Mrz.checkDigit(documentNumber) + dob + Mrz.checkDigit(dob) + exp + Mrz.checkDigit(exp);
    }

    @Override
    public String toString() {
        return "MrzAccessKey[documentNumber=" + Redactor.maskPersonalId(documentNumber) + "]";
    }
}
