package io.github.egovsdk.dvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.calendar.DueDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppointmentDatesTest {
    private final AppointmentDates dates = AppointmentDates.vietnam();

    @Test
    void due_whenReceivedBeforeTet2026_skipsTheHolidays() {
        DueDate d = dates.dueInWorkingDays(LocalDateTime.of(2026, 2, 13, 16, 0), 3, List.of());
        assertThat(d.due()).isEqualTo(LocalDateTime.of(2026, 2, 25, 16, 0));
        assertThat(d.skipped()).extracting(h -> h.date()).contains(LocalDate.of(2026, 2, 17));
    }

    @Test
    void due_whenAcross30April1May_skipsBothAndTheWeekend() {
        assertThat(dates.dueInWorkingDays(LocalDateTime.of(2026, 4, 29, 10, 0), 2, List.of())
                        .due())
                .isEqualTo(LocalDateTime.of(2026, 5, 5, 10, 0));
    }

    @Test
    void due_whenSupplementRequested_movesByTheWorkingTimeSuspended() {
        LocalDateTime received = LocalDateTime.of(2026, 11, 23, 8, 0); // Monday
        // Waiting for documents from Tuesday 09:00 to Thursday 09:00: two working days on hold.
        Suspension waiting = new Suspension(LocalDateTime.of(2026, 11, 24, 9, 0), LocalDateTime.of(2026, 11, 26, 9, 0));

        DueDate without = dates.dueInWorkingDays(received, 5, List.of());
        DueDate with = dates.dueInWorkingDays(received, 5, List.of(waiting));

        assertThat(without.due()).isEqualTo(LocalDateTime.of(2026, 11, 30, 8, 0));
        assertThat(with.due()).isEqualTo(LocalDateTime.of(2026, 12, 2, 8, 0));
    }

    @Test
    void due_whenReceivedInLunchBreak_countsFrom1330() {
        assertThat(dates.dueInWorkingHours(LocalDateTime.of(2026, 11, 24, 12, 0), 2, List.of())
                        .due())
                .isEqualTo(LocalDateTime.of(2026, 11, 24, 15, 30));
    }
}
