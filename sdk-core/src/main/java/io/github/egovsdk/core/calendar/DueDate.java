package io.github.egovsdk.core.calendar;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An appointment date (ngày hẹn trả) computed in working time.
 *
 * @param received the time the clock starts from, as given
 * @param start    when counting actually started (the next working time at or after {@code received})
 * @param due      the appointment date and time
 * @param skipped  the non-working days between {@code received} and {@code due}, with their reasons
 */
public record DueDate(LocalDateTime received, LocalDateTime start, LocalDateTime due, List<Holiday> skipped) {
    public DueDate {
        skipped = List.copyOf(skipped);
    }
}
