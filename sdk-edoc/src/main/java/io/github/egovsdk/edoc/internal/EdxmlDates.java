package io.github.egovsdk.edoc.internal;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * edXML dates: emitted as {@code yyyy/MM/dd} and {@code yyyy/MM/dd HH:mm:ss} (Vietnam local time); parsed leniently
 * from {@code yyyy/MM/dd}, {@code yyyy-MM-dd} and {@code dd/MM/yyyy}, with or without a time. Impossible dates such as
 * {@code 2014/02/30} do not parse (strict resolver): callers keep the raw text and warn.
 */
public final class EdxmlDates {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final List<DateTimeFormatter> DATES = List.of(
            DATE,
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DATE_TIME,
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss").withResolverStyle(ResolverStyle.STRICT));

    private EdxmlDates() {}

    public static String formatDate(LocalDate date) {
        return DATE.format(date);
    }

    public static String formatDateTime(LocalDateTime time) {
        return DATE_TIME.format(time);
    }

    public static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (DateTimeFormatter f : DATES) {
            if (matches(f, t)) {
                try {
                    return Optional.of(LocalDate.parse(t, f));
                } catch (DateTimeParseException impossible) {
                    // the form matched, the date is impossible (2014/02/30): try the other forms
                }
            }
        }
        return parseDateTime(t).map(LocalDateTime::toLocalDate);
    }

    public static Optional<LocalDateTime> parseDateTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (DateTimeFormatter f : DATE_TIMES) {
            if (matches(f, t)) {
                try {
                    return Optional.of(LocalDateTime.parse(t, f));
                } catch (DateTimeParseException impossible) {
                    // as above
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the text has the formatter's shape, checked without an exception (every read tries several forms). */
    private static boolean matches(DateTimeFormatter f, String text) {
        ParsePosition at = new ParsePosition(0);
        return f.parseUnresolved(text, at) != null && at.getErrorIndex() < 0 && at.getIndex() == text.length();
    }
}
