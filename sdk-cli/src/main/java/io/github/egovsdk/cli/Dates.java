package io.github.egovsdk.cli;

import io.github.egovsdk.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates typed by a user, with errors in words: {@code 2026-02-30} "does not exist (February 2026 has 28 days)" rather
 * than a parser message. Used by the {@code LocalDate}/{@code LocalDateTime} converters every command gets from
 * {@link CommandDefaults}, and by {@link CliErrors} for a parse failure raised anywhere else.
 */
final class Dates {
    private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final String[] MONTHS_VI = {
        "",
        "tháng 1",
        "tháng 2",
        "tháng 3",
        "tháng 4",
        "tháng 5",
        "tháng 6",
        "tháng 7",
        "tháng 8",
        "tháng 9",
        "tháng 10",
        "tháng 11",
        "tháng 12"
    };

    private Dates() {}

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw explain(text)
                    .orElseGet(() -> UserError.usage(
                            "'" + text + "' is not a date: write it as yyyy-MM-dd," + " e.g. 2026-02-13",
                            "'" + text + "' không phải là ngày: hãy viết dạng yyyy-MM-dd, ví dụ " + "2026-02-13"));
        }
    }

    /** Local Vietnam time ({@code 2026-02-13T16:00:00}) or with an offset, converted to Vietnam time. */
    static LocalDateTime dateTime(String text) {
        String s = text.strip();
        try {
            return LocalDateTime.parse(s);
        } catch (DateTimeParseException notLocal) {
            try {
                return OffsetDateTime.parse(s)
                        .atZoneSameInstant(WorkingCalendar.ZONE)
                        .toLocalDateTime();
            } catch (DateTimeParseException e) {
                throw explain(s)
                        .orElseGet(() -> UserError.usage(
                                "'" + text + "' is not a date-time: write it as "
                                        + "yyyy-MM-ddTHH:mm:ss, e.g. 2026-02-13T16:00:00",
                                "'" + text + "' không phải là ngày giờ: hãy "
                                        + "viết dạng yyyy-MM-ddTHH:mm:ss, ví dụ 2026-02-13T16:00:00"));
            }
        }
    }

    /** When the text starts with a well-formed yyyy-MM-dd that is not a real day: the error saying why. */
    static Optional<UserError> explain(String text) {
        Matcher m = YMD.matcher(text == null ? "" : text);
        if (!m.find()) {
            return Optional.empty();
        }
        int y = Integer.parseInt(m.group(1));
        int mo = Integer.parseInt(m.group(2));
        int d = Integer.parseInt(m.group(3));
        String shown = m.group();
        if (mo < 1 || mo > 12) {
            return Optional.of(UserError.usage(
                    "The date " + shown + " does not exist: there is no month " + mo,
                    "Ngày " + shown + " không tồn tại: không có tháng " + mo));
        }
        YearMonth ym = YearMonth.of(y, mo);
        if (d < 1 || d > ym.lengthOfMonth()) {
            String monthEn = ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return Optional.of(UserError.usage(
                    "The date " + shown + " does not exist: " + monthEn + " " + y + " has " + ym.lengthOfMonth()
                            + " days",
                    "Ngày " + shown + " không tồn tại: " + MONTHS_VI[mo] + " năm " + y + " có " + ym.lengthOfMonth()
                            + " ngày"));
        }
        return Optional.empty();
    }
}
