package io.github.egovsdk.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working time of Vietnamese state agencies (giờ hành chính), in Asia/Ho_Chi_Minh: working hours (default 07:00–11:30
 * and 13:30–17:00, i.e. 8 hours = 1 working day), weekly rest days (Saturday, Sunday — Decision 188/1999/QĐ-TTg), the
 * statutory holidays of Labour Code 2019 Art. 112 for any year including the lunar ones (Tết, Giỗ Tổ Hùng Vương,
 * from {@link VietnameseLunarCalendar} at UTC+7), compensatory days when a holiday falls on a rest day (Art. 111(3)),
 * and overrides for the government's yearly decisions (the exact Tết days, the day next to 2 September, extra days
 * off and Saturday swaps).
 *
 * <p>Immutable and thread-safe; holidays are computed per year on first use and cached.
 *
 * <p>Example:
 * <pre>{@code
 * DueDate due = WorkingCalendar.vietnam().dueDateInWorkingDays(LocalDateTime.of(2026, 2, 13, 16, 0), 3);
 * due.due();        // 2026-02-25T16:00 — Tết 2026 (16–20/02) and the weekends skipped
 * due.skipped();    // each skipped day with its reason in Vietnamese and English
 * }</pre>
 */
public final class WorkingCalendar {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final WorkingCalendar VIETNAM = builder().build();

    private final List<WorkingPeriod> periods;
    private final Set<DayOfWeek> weekend;
    private final Map<Integer, LocalDate[]> tetOverrides;
    private final Map<Integer, LocalDate> nationalDayAdjacent;
    private final Map<LocalDate, Holiday> extraHolidays;
    private final Map<LocalDate, String> extraWorkingDays;
    private final Map<Integer, Map<LocalDate, Holiday>> cache = new ConcurrentHashMap<>();

    private WorkingCalendar(Builder b) {
        this.periods = List.copyOf(b.periods);
        this.weekend = Collections.unmodifiableSet(EnumSet.copyOf(b.weekend));
        this.tetOverrides = Map.copyOf(b.tetOverrides);
        this.nationalDayAdjacent = Map.copyOf(b.nationalDayAdjacent);
        this.extraHolidays = Map.copyOf(b.extraHolidays);
        this.extraWorkingDays = Map.copyOf(b.extraWorkingDays);
    }

    /** The statutory Vietnamese calendar with default working hours and no yearly overrides. */
    public static WorkingCalendar vietnam() {
        return VIETNAM;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The days off of a year (statutory, compensatory and extra), in date order; swapped working days excluded. */
    public List<Holiday> holidays(int year) {
        return List.copyOf(holidayMap(year).values());
    }

    private Map<LocalDate, Holiday> holidayMap(int year) {
        return cache.computeIfAbsent(year, y -> {
            LocalDate[] tet = tetOverrides.get(y);
            Map<LocalDate, Holiday> days = StatutoryHolidays.of(y, tet, nationalDayAdjacent.get(y));
            StatutoryHolidays.addCompensatoryDays(
                    days, weekend, d -> tet != null && !d.isBefore(tet[0]) && !d.isAfter(tet[1]));
            extraHolidays.values().stream()
                    .filter(h -> h.date().getYear() == y)
                    .forEach(h -> days.putIfAbsent(h.date(), h));
            extraWorkingDays.keySet().forEach(days::remove);
            return Collections.unmodifiableMap(new TreeMap<>(days));
        });
    }

    /** Why a day is not a working day (holiday or weekly rest day), empty for a working day. */
    public Optional<Holiday> nonWorkingReason(LocalDate date) {
        Holiday h = holidayMap(date.getYear()).get(date);
        if (h != null) {
            return Optional.of(h);
        }
        if (weekend.contains(date.getDayOfWeek()) && !extraWorkingDays.containsKey(date)) {
            return Optional.of(new Holiday(date, "Weekend", "Ngày nghỉ cuối tuần"));
        }
        return Optional.empty();
    }

    public boolean isWorkingDay(LocalDate date) {
        return nonWorkingReason(date).isEmpty();
    }

    /** Whether a local (Vietnam) time falls inside working hours of a working day. */
    public boolean isWorkingTime(LocalDateTime time) {
        if (!isWorkingDay(time.toLocalDate())) {
            return false;
        }
        LocalTime t = time.toLocalTime();
        return periods.stream().anyMatch(p -> !t.isBefore(p.start()) && t.isBefore(p.end()));
    }

    public boolean isWorkingTime(ZonedDateTime time) {
        return isWorkingTime(time.withZoneSameInstant(ZONE).toLocalDateTime());
    }

    public boolean isWorkingTime(Instant instant) {
        return isWorkingTime(instant.atZone(ZONE).toLocalDateTime());
    }

    /** Working hours in one working day (8 h by default). */
    public Duration workingDayLength() {
        return periods.stream().map(WorkingPeriod::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** The first working moment at or after {@code time} (after closing → next working morning; lunch → 13:30). */
    public LocalDateTime nextWorkingTime(LocalDateTime time) {
        LocalDateTime t = time;
        while (true) {
            if (isWorkingDay(t.toLocalDate())) {
                LocalTime clock = t.toLocalTime();
                for (WorkingPeriod p : periods) {
                    if (clock.isBefore(p.end())) {
                        return clock.isBefore(p.start()) ? t.toLocalDate().atTime(p.start()) : t;
                    }
                }
            }
            t = t.toLocalDate().plusDays(1).atStartOfDay();
        }
    }

    /** Adds working time: counting starts at {@link #nextWorkingTime} and skips non-working hours and days. */
    public LocalDateTime plusWorkingHours(LocalDateTime start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("Working time must not be negative: " + workingTime);
        }
        LocalDateTime t = nextWorkingTime(start);
        Duration remaining = workingTime;
        while (true) {
            for (WorkingPeriod p : periods) {
                LocalDateTime end = t.toLocalDate().atTime(p.end());
                if (!t.isBefore(end)) {
                    continue;
                }
                LocalDateTime from =
                        t.toLocalTime().isBefore(p.start()) ? t.toLocalDate().atTime(p.start()) : t;
                Duration available = Duration.between(from, end);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
                t = end;
            }
            t = nextWorkingTime(t.toLocalDate().plusDays(1).atStartOfDay());
        }
    }

    public LocalDateTime plusWorkingHours(LocalDateTime start, int hours) {
        return plusWorkingHours(start, Duration.ofHours(hours));
    }

    /** Adds working days, each {@link #workingDayLength()} of working time (the portal's 8 h = 1 day rule). */
    public LocalDateTime plusWorkingDays(LocalDateTime start, int days) {
        return plusWorkingHours(start, workingDayLength().multipliedBy(days));
    }

    /** Working time elapsed between two moments (e.g. how long a dossier's clock was suspended). */
    public Duration workingTimeBetween(LocalDateTime from, LocalDateTime until) {
        Duration total = Duration.ZERO;
        for (LocalDate d = from.toLocalDate(); !d.isAfter(until.toLocalDate()); d = d.plusDays(1)) {
            if (!isWorkingDay(d)) {
                continue;
            }
            for (WorkingPeriod p : periods) {
                LocalDateTime start = d.atTime(p.start()).isBefore(from) ? from : d.atTime(p.start());
                LocalDateTime end = d.atTime(p.end()).isAfter(until) ? until : d.atTime(p.end());
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** The appointment date for {@code workingTime} from {@code received}, with the non-working days skipped. */
    public DueDate dueDate(LocalDateTime received, Duration workingTime) {
        LocalDateTime start = nextWorkingTime(received);
        LocalDateTime due = plusWorkingHours(received, workingTime);
        List<Holiday> skipped = new ArrayList<>();
        for (LocalDate d = received.toLocalDate(); !d.isAfter(due.toLocalDate()); d = d.plusDays(1)) {
            nonWorkingReason(d).ifPresent(skipped::add);
        }
        return new DueDate(received, start, due, skipped);
    }

    public DueDate dueDateInWorkingDays(LocalDateTime received, int days) {
        return dueDate(received, workingDayLength().multipliedBy(days));
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.periods = new ArrayList<>(periods);
        b.weekend = EnumSet.copyOf(weekend);
        b.tetOverrides.putAll(tetOverrides);
        b.nationalDayAdjacent.putAll(nationalDayAdjacent);
        b.extraHolidays.putAll(extraHolidays);
        b.extraWorkingDays.putAll(extraWorkingDays);
        return b;
    }

    /** Builder of {@link WorkingCalendar}: hours, rest days and the government's yearly decisions. */
    public static final class Builder {
        private List<WorkingPeriod> periods = new ArrayList<>(List.of(
                new WorkingPeriod(LocalTime.of(7, 0), LocalTime.of(11, 30)),
                new WorkingPeriod(LocalTime.of(13, 30), LocalTime.of(17, 0))));
        private Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private final Map<Integer, LocalDate[]> tetOverrides = new HashMap<>();
        private final Map<Integer, LocalDate> nationalDayAdjacent = new HashMap<>();
        private final Map<LocalDate, Holiday> extraHolidays = new HashMap<>();
        private final Map<LocalDate, String> extraWorkingDays = new HashMap<>();

        private Builder() {}

        /** Working periods of a day, in order and not overlapping (e.g. a province working 07:30–11:30, 13:30–17:30).
         * */
        public Builder workingHours(List<WorkingPeriod> workingPeriods) {
            List<WorkingPeriod> sorted = workingPeriods.stream()
                    .sorted(Comparator.comparing(WorkingPeriod::start))
                    .toList();
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                    throw new IllegalArgumentException("Working periods overlap: " + sorted);
                }
            }
            if (sorted.isEmpty()) {
                throw new IllegalArgumentException("At least one working period is required");
            }
            this.periods = new ArrayList<>(sorted);
            return this;
        }

        public Builder weekend(Set<DayOfWeek> restDays) {
            this.weekend = restDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(restDays);
            return this;
        }

        /** The Tết days off decided for a year (all days, weekends included); replaces the 5-day default. */
        public Builder tetHolidays(int year, LocalDate firstDay, LocalDate lastDay) {
            if (lastDay.isBefore(firstDay)) {
                throw new IllegalArgumentException("Tết holiday ends before it starts");
            }
            tetOverrides.put(year, new LocalDate[] {firstDay, lastDay});
            return this;
        }

        /** The day decided next to National Day (1 or 3 September) for a year. */
        public Builder nationalDayAdjacent(LocalDate day) {
            nationalDayAdjacent.put(day.getYear(), day);
            return this;
        }

        /** An extra day off (e.g. a swapped working day, or a newly added holiday such as 24 November). */
        public Builder holiday(LocalDate date, String reason, String reasonVi) {
            extraHolidays.put(date, new Holiday(date, reason, reasonVi));
            return this;
        }

        /** A rest day worked instead (làm bù), e.g. a Saturday swapped to bridge a holiday. */
        public Builder workingDay(LocalDate date, String reason) {
            extraWorkingDays.put(date, reason);
            return this;
        }

        public WorkingCalendar build() {
            return new WorkingCalendar(this);
        }
    }
}
