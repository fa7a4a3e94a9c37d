package io.github.egovsdk.health;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * A date of birth (ngày sinh) as the card check takes it: a full date, or only the year (cards of people whose
 * papers give a year only). The gateway's format is not settled — the spec table says {@code dd/MM/yyyy}, its example
 * {@code ddMMyyyy}, one client sends the year — so {@link #parse} reads all of them and {@code yyyy-MM-dd}, and the
 * client sends the form chosen with {@link HealthInsuranceClient.Builder#compactBirthDate}.
 *
 * @param date the full date, or null for a year only
 * @param year the year
 */
public record BirthDate(LocalDate date, int year) {
    private static final DateTimeFormatter SLASHED =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter COMPACT =
            DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    public BirthDate {
        if (date != null && date.getYear() != year) {
            throw new IllegalArgumentException("year differs from the date's year");
        }
    }

    public static BirthDate of(LocalDate date) {
        return new BirthDate(date, date.getYear());
    }

    public static BirthDate ofYear(int year) {
        return new BirthDate(null, year);
    }

    /**
     * Reads {@code dd/MM/yyyy}, {@code yyyy-MM-dd}, {@code ddMMyyyy} or a bare {@code yyyy}.
     *
     * @throws ValidationException naming {@code birthDate} and the accepted forms
     */
    public static BirthDate parse(String text) {
        return tryParse(text)
                .orElseThrow(() -> new ValidationException(
                        "birth date",
                        List.of(new Violation(
                                "birthDate",
                                "Format",
                                "use dd/MM/yyyy, yyyy-MM-dd, ddMMyyyy or yyyy / ngày sinh phải theo dạng"
                                        + " dd/MM/yyyy, yyyy-MM-dd, ddMMyyyy hoặc yyyy",
                                null))));
    }

    public static Optional<BirthDate> tryParse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("[0-9]{4}")) {
            int y = Integer.parseInt(t);
            return y >= 1880 && y <= 2200 ? Optional.of(ofYear(y)) : Optional.empty();
        }
        for (DateTimeFormatter f : List.of(SLASHED, ISO, COMPACT)) {
            try {
                return Optional.of(of(LocalDate.parse(t, f)));
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        return Optional.empty();
    }

    /** {@code dd/MM/yyyy} (or {@code yyyy}). */
    public String slashed() {
        return date == null ? String.valueOf(year) : date.format(SLASHED);
    }

    /** {@code ddMMyyyy} (or {@code yyyy}). */
    public String compact() {
        return date == null ? String.valueOf(year) : date.format(COMPACT);
    }

    @Override
    public String toString() {
        return "BirthDate[****]";
    }
}
