package io.github.egovsdk.core.calendar;

import java.time.Duration;
import java.time.LocalTime;

/** One block of working hours in a day, e.g. 07:00–11:30. */
public record WorkingPeriod(LocalTime start, LocalTime end) {
    public WorkingPeriod {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A working period must end after it starts: " + start + "–" + end);
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
