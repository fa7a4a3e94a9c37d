package io.github.egovsdk.core.gateway;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Token expiry times written as dates: ISO-8601 with or without an offset (then Vietnam time), else one hour. */
final class ExpiryDates {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private ExpiryDates() {}

    static Instant parse(String text, Instant now) {
        String t = text == null ? "" : text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // no offset: a local time of the gateway
        }
        try {
            return LocalDateTime.parse(t).atZone(VIETNAM).toInstant();
        } catch (DateTimeParseException e) {
            return now.plus(Duration.ofHours(1));
        }
    }
}
