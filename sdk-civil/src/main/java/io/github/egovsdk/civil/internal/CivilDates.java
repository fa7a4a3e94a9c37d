package io.github.egovsdk.civil.internal;

import io.github.egovsdk.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The date formats of the interconnected services. Where the reference names one format (ministry
 * {@code thoiGianThucHien} {@code dd/MM/yyyy HH:mm:ss}, {@code ngayDangKy} {@code dd/MM/yyyy}, certificate dates
 * {@code yyyyMMdd}) it is written exactly; where the format is unknown every listed variant is read.
 */
public final class CivilDates {
    /** DVCLT status times and ministry {@code thoiGianThucHien}: {@code dd/MM/yyyy HH:mm:ss}. */
    public static final DateTimeFormatter DATE_TIME = strict("dd/MM/uuuu HH:mm:ss");
    /** Ministry {@code ngayDangKy} and criminal-record dates: {@code dd/MM/yyyy}. */
    public static final DateTimeFormatter SLASH_DATE = strict("dd/MM/uuuu");
    /** The ministry's dotted dates ({@code ngayCapGCS} converted, birth dates): {@code dd.MM.yyyy}. */
    public static final DateTimeFormatter DOT_DATE = strict("dd.MM.uuuu");
    /** Certificate dates from the hospital ({@code ngayCapGCS}, {@code ngayCapGBT}): {@code yyyyMMdd}. */
    public static final DateTimeFormatter COMPACT_DATE = strict("uuuuMMdd");

    private static final List<DateTimeFormatter> DATES =
            List.of(DOT_DATE, SLASH_DATE, COMPACT_DATE, strict("uuuu-MM-dd"), strict("d/M/uuuu"), strict("d.M.uuuu"));
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DATE_TIME,
            strict("dd/MM/uuuu HH:mm"),
            strict("uuuuMMddHHmmss"),
            strict("uuuu-MM-dd HH:mm:ss"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    /** Cheap pre-check: digits and the separators of the accepted formats only (no exception storm on junk). */
    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9./: TZ+-]{6,35}");

    private CivilDates() {}

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /** A date in any accepted format; null for null/blank; throws {@link DateTimeParseException} otherwise. */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > 40 || !DATE_SHAPE.matcher(t).matches()) {
            throw new DateTimeParseException("not a date in an accepted format", t.length() > 40 ? "" : t, 0);
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        LocalDateTime withTime = dateTime(t);
        return withTime.toLocalDate();
    }

    /** A date-time in any accepted format (ISO with offset too; a bare date = midnight). */
    public static LocalDateTime dateTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > 40 || !DATE_SHAPE.matcher(t).matches()) {
            throw new DateTimeParseException("not a date-time in an accepted format", t.length() > 40 ? "" : t, 0);
        }
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return LocalDateTime.parse(t, f);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        try {
            return OffsetDateTime.parse(t)
                    .atZoneSameInstant(WorkingCalendar.ZONE)
                    .toLocalDateTime();
        } catch (DateTimeParseException e) {
            // a bare date below
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f).atStartOfDay();
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        throw new DateTimeParseException("not a date-time in an accepted format", t, 0);
    }

    public static String format(LocalDateTime t) {
        return t == null ? null : DATE_TIME.format(t);
    }

    public static String formatSlash(LocalDate d) {
        return d == null ? null : SLASH_DATE.format(d);
    }

    public static String formatDot(LocalDate d) {
        return d == null ? null : DOT_DATE.format(d);
    }
}
