package io.github.egovsdk.dvc.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The portal's dates: {@code yyyyMMddHHmmss}, 24-hour clock, Vietnam local time (Asia/Ho_Chi_Minh). Reading is
 * tolerant: 8-digit {@code yyyyMMdd} and {@code dd/MM/yyyy HH:mm:ss} are also accepted; empty means absent.
 */
public final class PortalDates {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WIRE =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASHED =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private PortalDates() {}

    public static String format(LocalDateTime t) {
        return t == null ? null : WIRE.format(t);
    }

    /** Parses a portal date; {@code null} for absent or unreadable text (the raw value stays in the other fields). */
    public static LocalDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.length() == 14) {
                return LocalDateTime.parse(t, WIRE);
            }
            if (t.length() == 8) {
                return LocalDate.parse(t, DAY).atStartOfDay();
            }
            return LocalDateTime.parse(t, SLASHED);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
