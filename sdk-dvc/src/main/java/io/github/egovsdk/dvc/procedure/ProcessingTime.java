package io.github.egovsdk.dvc.procedure;

import io.github.egovsdk.core.calendar.DueDate;
import io.github.egovsdk.dvc.dossier.AppointmentDates;
import io.github.egovsdk.dvc.dossier.Suspension;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The time a procedure may take (thời gian giải quyết), in working days (ngày làm việc) or working hours.
 *
 * @param amount how many, &gt; 0
 * @param unit   days or hours
 */
public record ProcessingTime(@Positive int amount, @NotNull Unit unit) {

    /** The unit of a processing time. */
    public enum Unit {
        /** Ngày làm việc — 8 working hours each by default. */
        WORKING_DAYS,
        /** Giờ làm việc. */
        WORKING_HOURS
    }

    public static ProcessingTime workingDays(int days) {
        return new ProcessingTime(days, Unit.WORKING_DAYS);
    }

    public static ProcessingTime workingHours(int hours) {
        return new ProcessingTime(hours, Unit.WORKING_HOURS);
    }

    /** The appointment date (ngày hẹn trả) of a dossier received at {@code received}, pushed back by suspensions. */
    public DueDate dueDate(AppointmentDates dates, LocalDateTime received, List<Suspension> suspensions) {
        return unit == Unit.WORKING_DAYS
                ? dates.dueInWorkingDays(received, amount, suspensions)
                : dates.dueInWorkingHours(received, amount, suspensions);
    }
}
