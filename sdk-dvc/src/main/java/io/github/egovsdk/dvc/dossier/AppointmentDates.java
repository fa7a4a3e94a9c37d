package io.github.egovsdk.dvc.dossier;

import io.github.egovsdk.core.calendar.DueDate;
import io.github.egovsdk.core.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The appointment date (ngày hẹn trả) of a dossier: from the time it was received, the procedure's processing time
 * in working days or hours ({@link WorkingCalendar}: working hours, weekends, statutory and lunar holidays), pushed
 * back by the working time the clock stood still while supplementary documents were awaited.
 *
 * <p>Example:
 * <pre>{@code
 * DueDate due = AppointmentDates.vietnam().dueInWorkingDays(received, 3, List.of());  // suspensions: none
 * due.due();        // the appointment date (ngày hẹn trả), weekends and public holidays skipped
 * }</pre>
 */
public final class AppointmentDates {
    private final WorkingCalendar calendar;

    public AppointmentDates(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public static AppointmentDates vietnam() {
        return new AppointmentDates(WorkingCalendar.vietnam());
    }

    /** Processing time in working days (1 day = the calendar's working-day length, 8 h by default). */
    public DueDate dueInWorkingDays(LocalDateTime received, int days, List<Suspension> suspensions) {
        return due(received, calendar.workingDayLength().multipliedBy(days), suspensions);
    }

    /** Processing time in working hours. */
    public DueDate dueInWorkingHours(LocalDateTime received, int hours, List<Suspension> suspensions) {
        return due(received, Duration.ofHours(hours), suspensions);
    }

    private DueDate due(LocalDateTime received, Duration processing, List<Suspension> suspensions) {
        Duration suspended = Duration.ZERO;
        for (Suspension s : suspensions) {
            suspended = suspended.plus(calendar.workingTimeBetween(s.from(), s.until()));
        }
        return calendar.dueDate(received, processing.plus(suspended));
    }
}
