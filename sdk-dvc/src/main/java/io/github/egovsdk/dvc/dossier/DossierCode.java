package io.github.egovsdk.dvc.dossier;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.core.vn.AgencyCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dossier code (mã hồ sơ) per Circular 01/2018/TT-VPCP art. 19: {@code {agency code}-{yyMMdd}-{NNNN}}, the agency's
 * electronic identifier, the receipt date and the sequence within the day, e.g. {@code 000.00.00.H27-261123-0001}.
 * Parsing also accepts a 5-digit tail (re-published codes) and left-to-right agency codes ({@code H15.50.05.13}).
 *
 * @param agencyCode  the receiving agency
 * @param receivedOn  the receipt date (Asia/Ho_Chi_Minh)
 * @param sequence    the number within the day, from 1
 */
public record DossierCode(String agencyCode, LocalDate receivedOn, int sequence) {
    private static final Pattern FORM = Pattern.compile("([0-9A-Z.]+)-(\\d{6})-(\\d{4,5})");
    private static final DateTimeFormatter YYMMDD =
            DateTimeFormatter.ofPattern("uuMMdd").withResolverStyle(ResolverStyle.STRICT);

    public DossierCode {
        if (sequence < 1 || sequence > 99_999) {
            throw new ValidationException(
                    "dossier code",
                    List.of(new Violation(
                            "sequence",
                            "Range",
                            "The daily sequence is 1–9999 (5 digits at most) / Số thứ tự trong ngày từ 1 đến 9999",
                            null)));
        }
        AgencyCode.parse(agencyCode);
    }

    /** Parses a code; throws {@link ValidationException} naming the broken part. */
    public static DossierCode parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new ValidationException(
                    "dossier code '" + text + "'",
                    List.of(new Violation(
                            "dossierCode",
                            "Pattern",
                            "Expected {agency code}-{yyMMdd}-{NNNN} / Mã hồ sơ phải có dạng {mã cơ "
                                    + "quan}-{yyMMdd}-{NNNN}",
                            text)));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(m.group(2), YYMMDD);
        } catch (DateTimeException e) {
            throw new ValidationException(
                    "dossier code '" + text + "'",
                    List.of(new Violation(
                            "receivedOn",
                            "Date",
                            "'" + m.group(2) + "' is not a valid yyMMdd date / Ngày tiếp nhận không hợp lệ",
                            m.group(2))));
        }
        return new DossierCode(m.group(1), date, Integer.parseInt(m.group(3)));
    }

    /** The printed form with a 4-digit sequence. */
    public String value() {
        return agencyCode + "-" + YYMMDD.format(receivedOn) + "-" + String.format("%04d", sequence);
    }

    @Override
    public String toString() {
        return value();
    }
}
