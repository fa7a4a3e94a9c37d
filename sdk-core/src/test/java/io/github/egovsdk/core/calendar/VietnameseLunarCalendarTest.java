package io.github.egovsdk.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTest {

    /** The reference's table (identity-and-public-service-portal.md §13.3), UTC+7. */
    @ParameterizedTest
    @CsvSource({
        "1985,1985-01-21",
        "2007,2007-02-17",
        "2024,2024-02-10",
        "2025,2025-01-29",
        "2026,2026-02-17",
        "2027,2027-02-06",
        "2028,2028-01-26",
        "2029,2029-02-13",
        "2030,2030-02-02",
        "2031,2031-01-23",
        "2032,2032-02-11",
        "2033,2033-01-31",
        "2034,2034-02-19",
        "2035,2035-02-08",
        // further published Tết dates
        "1990,1990-01-27",
        "2000,2000-02-05",
        "2010,2010-02-14",
        "2020,2020-01-25",
        "2023,2023-01-22"
    })
    void lunarNewYear_whenYear_matchesPublishedTet(int year, LocalDate tet) {
        assertThat(VietnameseLunarCalendar.lunarNewYear(year)).isEqualTo(tet);
    }

    @ParameterizedTest
    @CsvSource({
        "2024,2024-04-18",
        "2025,2025-04-07",
        "2026,2026-04-26",
        "2027,2027-04-16",
        "2028,2028-04-04",
        "2029,2029-04-23",
        "2030,2030-04-12",
        "2031,2031-04-01",
        "2032,2032-04-19",
        "2033,2033-04-09",
        "2034,2034-04-28",
        "2035,2035-04-17"
    })
    void toSolar_whenTenthDayOfThirdMonth_givesGioToHungVuong(int year, LocalDate gioTo) {
        assertThat(VietnameseLunarCalendar.toSolar(year, 3, 10)).isEqualTo(gioTo);
    }

    @ParameterizedTest
    @CsvSource({"2023,2,2023-03-22", "2025,6,2025-07-25", "2028,5,2028-06-23"})
    void toSolar_whenLeapMonth_startsAfterTheRegularMonth(int year, int month, LocalDate leapStart) {
        LocalDate regular = VietnameseLunarCalendar.toSolar(year, month, 1);
        LocalDate leap = VietnameseLunarCalendar.toSolar(year, month, 1, true);
        assertThat(leap).isEqualTo(leapStart).isAfter(regular);
    }
}
