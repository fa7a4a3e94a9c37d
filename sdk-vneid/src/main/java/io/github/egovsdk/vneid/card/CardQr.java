package io.github.egovsdk.vneid.card;

import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.core.vn.Gender;
import io.github.egovsdk.core.vn.PersonalIdNumber;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The QR code printed on the chip ID card (CCCD): {@code personalId|oldCmnd|fullName|ddMMyyyy|Nam/Nữ|address|ddMMyyyy}.
 * Variants (6 fields without the CMND, year-only dates) are accepted with warnings. The QR is unauthenticated
 * convenience data: prefer the chip's data (passive authentication) when it matters. Never log the raw string.
 *
 * <p>Example:
 * <pre>{@code
 * CardQr qr = CardQr.parse("001099012345|012345678|Nguyễn Văn An|01011999|Nam|Hà Nội|01012021");
 * qr.valid(); qr.personalId(); qr.dateOfBirth();   // 1999-01-01; warnings() lists tolerated deviations
 * }</pre>
 *
 * @param valid       no rule broken
 * @param personalId  the 12-digit number (personal data — {@link #toString()} masks it)
 * @param oldIdNumber the old 9-digit CMND, or null
 * @param fullName    họ và tên
 * @param dateOfBirth ngày sinh (for a year-only date, 1 January of that year)
 * @param gender      giới tính
 * @param address     nơi thường trú
 * @param issueDate   ngày cấp
 * @param warnings    deviations accepted
 * @param errors      rules broken
 */
public record CardQr(
        boolean valid,
        String personalId,
        String oldIdNumber,
        String fullName,
        LocalDate dateOfBirth,
        Gender gender,
        String address,
        LocalDate issueDate,
        List<String> warnings,
        List<String> errors) {
    private static final DateTimeFormatter DDMMYYYY =
            DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);

    public CardQr {
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    /** Parses the scanned text; never throws on user input. */
    public static CardQr parse(String text) {
        List<String> warnings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String t = text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        String[] f = t.split("\\|", -1);
        if (f.length == 6) {
            warnings.add("6-field QR (no old CMND field)");
            String[] seven = new String[7];
            seven[0] = f[0];
            seven[1] = "";
            System.arraycopy(f, 1, seven, 2, 5);
            f = seven;
        } else if (f.length != 7) {
            errors.add("A CCCD QR has 7 fields separated by '|', found " + f.length);
            return new CardQr(false, null, null, null, null, null, null, null, warnings, errors);
        }
        PersonalIdNumber.Result id = PersonalIdNumber.check(f[0]);
        id.errors().forEach(e -> errors.add("personalId: " + e.message()));
        String cmnd = f[1].isBlank() ? null : f[1].strip();
        if (cmnd != null && !cmnd.matches("\\d{9}")) {
            warnings.add("Old ID number is not 9 digits");
        }
        LocalDate dob = date(f[3], "dateOfBirth", warnings, errors);
        LocalDate issued = date(f[6], "issueDate", warnings, errors);
        Gender gender =
                switch (f[4].strip().toLowerCase(Locale.ROOT)) {
                    case "nam" -> Gender.MALE;
                    case "nữ", "nu" -> Gender.FEMALE;
                    default -> {
                        errors.add("gender: '" + f[4] + "' is neither Nam nor Nữ");
                        yield null;
                    }
                };
        if (id.valid() && dob != null && id.birthYear() != dob.getYear()) {
            warnings.add("The birth year in the personal ID (" + id.birthYear() + ") differs from the date of birth");
        }
        if (id.valid() && gender != null && id.gender() != gender) {
            warnings.add("The gender in the personal ID differs from the printed gender");
        }
        return new CardQr(
                errors.isEmpty(),
                f[0].strip(),
                cmnd,
                f[2].strip(),
                dob,
                gender,
                f[5].strip(),
                issued,
                warnings,
                errors);
    }

    private static LocalDate date(String text, String field, List<String> warnings, List<String> errors) {
        String d = text.strip();
        try {
            if (d.length() == 8) {
                return LocalDate.parse(d, DDMMYYYY);
            }
            if (d.length() == 4 && d.chars().allMatch(Character::isDigit)) {
                warnings.add(field + ": year only");
                return LocalDate.of(Integer.parseInt(d), 1, 1);
            }
            if (d.length() == 6 && d.chars().allMatch(Character::isDigit)) {
                warnings.add(field + ": MMyyyy form");
                return LocalDate.of(Integer.parseInt(d.substring(2)), Integer.parseInt(d.substring(0, 2)), 1);
            }
        } catch (DateTimeException e) {
            errors.add(field + ": '" + d + "' is not a valid ddMMyyyy date");
            return null;
        }
        errors.add(field + ": '" + d + "' is not a ddMMyyyy date");
        return null;
    }

    @Override
    public String toString() {
        return "CardQr[valid=" + valid + ", personalId=" + Redactor.maskPersonalId(personalId) + ", oldIdNumber="
                + Redactor.maskPersonalId(oldIdNumber) + ", errors=" + errors + "]";
    }
}
