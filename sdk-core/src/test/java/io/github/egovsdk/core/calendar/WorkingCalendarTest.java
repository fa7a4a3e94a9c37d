package io.github.egovsdk.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {
    private final WorkingCalendar calendar = WorkingCalendar.vietnam();

    @Test
    void holidays_when2026_includesTetGioToAndCompensatoryMonday() {
        List<LocalDate> days =
                calendar.holidays(2026).stream().map(Holiday::date).toList();

        assertThat(days)
                .contains(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 2, 16),
                        LocalDate.of(2026, 2, 17),
                        LocalDate.of(2026, 2, 20),
                        LocalDate.of(2026, 4, 26),
                        LocalDate.of(2026, 4, 27),
                        LocalDate.of(2026, 4, 30),
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 9, 2));
        assertThat(calendar.nonWorkingReason(LocalDate.of(2026, 4, 27))
                        .orElseThrow()
                        .reasonVi())
                .isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương");
        assertThat(calendar.nonWorkingReason(LocalDate.of(2026, 2, 17))
                        .orElseThrow()
                        .reasonVi())
                .isEqualTo("Tết Nguyên đán");
    }

    @Test
    void holidays_when2025_matchesTheObservedTetAndNationalDay() {
        assertThat(calendar.holidays(2025).stream().map(Holiday::date).toList())
                .contains(
                        LocalDate.of(2025, 1, 28),
                        LocalDate.of(2025, 1, 29),
                        LocalDate.of(2025, 2, 1),
                        LocalDate.of(2025, 4, 7),
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2025, 9, 2));
    }

    @ParameterizedTest
    @CsvSource({
        // received,                 working days, due
        "2026-02-13T16:00:00, 3, 2026-02-25T16:00", // Fri before Tết: Mon 16 – Fri 20 Feb and the weekend skipped
        "2026-04-24T09:00:00, 1, 2026-04-28T09:00", // Fri; Sun 26 Apr Giỗ Tổ -> Mon 27 compensatory
        "2026-04-29T10:00:00, 1, 2026-05-04T10:00", // Wed; 30/4, 1/5 and the weekend
        "2026-11-23T18:30:00, 1, 2026-11-24T17:00", // after closing: counts from Tue 07:00, 8 h later
        "2026-11-24T12:15:00, 1, 2026-11-25T11:30", // in the lunch break: counts from 13:30
        "2026-11-27T15:00:00, 2, 2026-12-01T15:00", // Fri: weekend skipped
    })
    void plusWorkingDays_whenReceived_givesTheAppointment(LocalDateTime received, int days, LocalDateTime due) {
        assertThat(calendar.plusWorkingDays(received, days)).isEqualTo(due);
    }

    @Test
    void plusWorkingHours_whenCrossingLunch_skipsTheBreak() {
        assertThat(calendar.plusWorkingHours(LocalDateTime.of(2026, 11, 24, 10, 0), Duration.ofHours(4)))
                .isEqualTo(LocalDateTime.of(2026, 11, 24, 16, 0));
        assertThat(calendar.plusWorkingHours(LocalDateTime.of(2026, 11, 24, 10, 0), 1))
                .isEqualTo(LocalDateTime.of(2026, 11, 24, 11, 0));
    }

    @Test
    void dueDate_whenCrossingTet2026_listsEverySkippedDayWithItsReason() {
        DueDate due = calendar.dueDateInWorkingDays(LocalDateTime.of(2026, 2, 13, 16, 0), 3);

        assertThat(due.due()).isEqualTo(LocalDateTime.of(2026, 2, 25, 16, 0));
        assertThat(due.skipped())
                .extracting(Holiday::date)
                .containsExactly(
                        LocalDate.of(2026, 2, 14),
                        LocalDate.of(2026, 2, 15),
                        LocalDate.of(2026, 2, 16),
                        LocalDate.of(2026, 2, 17),
                        LocalDate.of(2026, 2, 18),
                        LocalDate.of(2026, 2, 19),
                        LocalDate.of(2026, 2, 20),
                        LocalDate.of(2026, 2, 21),
                        LocalDate.of(2026, 2, 22));
        assertThat(due.skipped())
                .filteredOn(h -> h.reason().equals("Lunar New Year"))
                .hasSize(5);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11-24T07:00,true",
        "2026-11-24T11:30,false",
        "2026-11-24T12:00,false",
        "2026-11-24T13:30,true",
        "2026-11-24T16:59,true",
        "2026-11-24T17:00,false",
        "2026-11-28T09:00,false",
        "2026-09-02T09:00,false"
    })
    void isWorkingTime_atBoundaries(LocalDateTime time, boolean working) {
        assertThat(calendar.isWorkingTime(time)).isEqualTo(working);
    }

    @Test
    void builder_whenGovernmentDecidesTetAndASwap_overridesTheDefaults() {
        WorkingCalendar decided = WorkingCalendar.builder()
                .tetHolidays(2024, LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 14))
                .workingDay(LocalDate.of(2024, 2, 17), "làm bù ngày 08/02")
                .holiday(LocalDate.of(2026, 11, 24), "Vietnam Culture Day", "Ngày Văn hóa Việt Nam")
                .workingHours(List.of(
                        new WorkingPeriod(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                        new WorkingPeriod(LocalTime.of(13, 0), LocalTime.of(17, 0))))
                .build();

        assertThat(decided.isWorkingDay(LocalDate.of(2024, 2, 8))).isFalse();
        assertThat(decided.isWorkingDay(LocalDate.of(2024, 2, 15))).isTrue();
        assertThat(decided.isWorkingDay(LocalDate.of(2024, 2, 17))).isTrue();
        assertThat(decided.isWorkingDay(LocalDate.of(2026, 11, 24))).isFalse();
        assertThat(decided.nextWorkingTime(LocalDateTime.of(2026, 11, 25, 12, 0)))
                .isEqualTo(LocalDateTime.of(2026, 11, 25, 13, 0));
    }
}
