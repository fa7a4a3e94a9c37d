package io.github.egovsdk.dvc.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Generates dossier codes: agency code, receipt date in Asia/Ho_Chi_Minh, and the next number of the day from a
 * {@link CounterStore}. Thread-safe when the store is (the in-memory default is; back it with your database's
 * sequence or an atomic upsert for several instances).
 *
 * <p>Example:
 * <pre>{@code
 * DossierCodeGenerator codes = DossierCodeGenerator.inMemory();   // or new DossierCodeGenerator(
 *                                                                   //     JdbcCounterStore.create(db), clock)
 * DossierCode code = codes.next("000.00.00.H27");                  // e.g. 000.00.00.H27-261204-0001
 * }</pre>
 */
public final class DossierCodeGenerator {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final CounterStore counters;
    private final Clock clock;

    /**
     * SPI: the next number for an agency on a day, atomically (1 for the first). With several application instances
     * back it with the database, e.g. a table {@code (agency, day, n)} and {@code INSERT … ON CONFLICT (agency, day)
     * DO UPDATE SET n = n + 1 RETURNING n} (PostgreSQL) or {@code MERGE} + {@code SELECT … FOR UPDATE} in one
     * transaction; a number must never be handed out twice, gaps are acceptable.
     */
    @FunctionalInterface
    public interface CounterStore {
        int next(String agencyCode, LocalDate day);

        /**
         * A thread-safe store in memory, for one process: numbers restart at 1 each day, and counters of past days
         * are dropped so the store does not grow.
         */
        static CounterStore inMemory() {
            ConcurrentHashMap<String, AtomicInteger> map = new ConcurrentHashMap<>();
            AtomicReference<LocalDate> latest = new AtomicReference<>(LocalDate.MIN);
            return (agency, day) -> {
                LocalDate seen = latest.getAndAccumulate(day, (a, b) -> a.isAfter(b) ? a : b);
                if (day.isAfter(seen)) {
                    String today = "|" + day;
                    map.keySet()
                            .removeIf(k -> !k.endsWith(today)
                                    && LocalDate.parse(k.substring(k.lastIndexOf('|') + 1))
                                            .isBefore(day.minusDays(1)));
                }
                return map.computeIfAbsent(agency + "|" + day, k -> new AtomicInteger())
                        .incrementAndGet();
            };
        }
    }

    public DossierCodeGenerator(CounterStore counters, Clock clock) {
        this.counters = Objects.requireNonNull(counters, "counters");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static DossierCodeGenerator inMemory() {
        return new DossierCodeGenerator(CounterStore.inMemory(), Clock.systemUTC());
    }

    /** The next code for a dossier received now by {@code agencyCode}. */
    public DossierCode next(String agencyCode) {
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        return new DossierCode(agencyCode, today, counters.next(agencyCode, today));
    }
}
