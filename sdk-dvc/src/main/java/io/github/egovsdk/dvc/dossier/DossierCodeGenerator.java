package io.github.egovsdk.dvc.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Generates dossier codes: agency code, receipt date in Asia/Ho_Chi_Minh, and the next number of the day from a
 * {@link CounterStore}. Thread-safe when the store is (the in-memory default is; back it with your database's
 * sequence or an atomic upsert for several instances).
 */
public final class DossierCodeGenerator {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final CounterStore counters;
    private final Clock clock;

    /** SPI: the next number for an agency on a day, atomically (1 for the first). */
    @FunctionalInterface
    public interface CounterStore {
        int next(String agencyCode, LocalDate day);

        /** A thread-safe store in memory (one process). */
        static CounterStore inMemory() {
            ConcurrentHashMap<String, AtomicInteger> map = new ConcurrentHashMap<>();
            return (agency, day) -> map.computeIfAbsent(agency + "|" + day, k -> new AtomicInteger()).incrementAndGet();
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
