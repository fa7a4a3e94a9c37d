package io.github.egovsdk.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The public holidays of Labour Code 2019 (Law 45/2019/QH14) Art. 112 for one year, before compensation:
 * 1 January; Tết — lunar New Year's Eve and the first four days of the lunar year (5 days; the Prime Minister fixes
 * the exact days each year, see {@link WorkingCalendar.Builder#tetHolidays}); Giỗ Tổ Hùng Vương (10th day of the 3rd
 * lunar month); 30 April; 1 May; 2 September plus one adjacent day.
 */
final class StatutoryHolidays {
    private StatutoryHolidays() {}

    static Map<LocalDate, Holiday> of(int year, LocalDate[] tetOverride, LocalDate nationalDayAdjacentOverride) {
        Map<LocalDate, Holiday> days = new TreeMap<>();
        put(days, LocalDate.of(year, 1, 1), "New Year's Day", "Tết Dương lịch");
        if (tetOverride != null) {
            for (LocalDate d = tetOverride[0]; !d.isAfter(tetOverride[1]); d = d.plusDays(1)) {
                put(days, d, "Lunar New Year", "Tết Nguyên đán");
            }
        } else {
            LocalDate tet = VietnameseLunarCalendar.lunarNewYear(year);
            for (LocalDate d = tet.minusDays(1); !d.isAfter(tet.plusDays(3)); d = d.plusDays(1)) {
                put(days, d, "Lunar New Year", "Tết Nguyên đán");
            }
        }
        put(days, VietnameseLunarCalendar.toSolar(year, 3, 10), "Hung Kings' Commemoration Day", "Giỗ Tổ Hùng Vương");
        put(days, LocalDate.of(year, Month.APRIL, 30), "Reunification Day", "Ngày Chiến thắng 30/4");
        put(days, LocalDate.of(year, Month.MAY, 1), "International Labour Day", "Ngày Quốc tế lao động");
        LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
        put(days, nationalDay, "National Day", "Quốc khánh");
        put(
                days,
                nationalDayAdjacentOverride != null ? nationalDayAdjacentOverride : adjacentDay(nationalDay),
                "National Day (adjacent day)",
                "Quốc khánh (ngày liền kề)");
        return days;
    }

    /**
     * The day added next to 2 September when the government has not announced it: the day after when 2 September is
     * a Sunday or Monday (2024: 2–3 Sept), otherwise the day before (2025: 1–2 Sept; 2023: 1–2 Sept).
     */
    private static LocalDate adjacentDay(LocalDate nationalDay) {
        DayOfWeek dow = nationalDay.getDayOfWeek();
        return dow == DayOfWeek.SUNDAY || dow == DayOfWeek.MONDAY ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
    }

    private static void put(Map<LocalDate, Holiday> days, LocalDate date, String reason, String reasonVi) {
        days.putIfAbsent(date, new Holiday(date, reason, reasonVi));
    }

    /**
     * Adds a compensatory day off for each holiday on a weekly rest day (Labour Code Art. 111(3)): the next day that
     * is neither a rest day nor already a holiday.
     */
    static void addCompensatoryDays(
            Map<LocalDate, Holiday> days, Set<DayOfWeek> weekend, Predicate<LocalDate> alreadyDecided) {
        for (Holiday h : Map.copyOf(days).values().stream()
                .sorted(Comparator.comparing(Holiday::date))
                .toList()) {
            if (weekend.contains(h.date().getDayOfWeek()) && !alreadyDecided.test(h.date())) {
                LocalDate d = h.date().plusDays(1);
                while (weekend.contains(d.getDayOfWeek()) || days.containsKey(d)) {
                    d = d.plusDays(1);
                }
                days.put(d, new Holiday(d, "Compensatory day off for " + h.reason(), "Nghỉ bù " + h.reasonVi()));
            }
        }
    }
}
