package io.github.egovsdk.testkit.internal.console;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happened in the sandbox, in order: logins, look-ups, MAC checks, refused requests… Each emulator records its
 * events here ({@link #record}); the console's views read them back by service and kind. Values must already be
 * masked by the recorder where they are personal data ({@link ConsoleMask}). Bounded: past {@value #CAPACITY} events
 * the oldest go. Thread-safe.
 */
public final class SandboxJournal {
    /** Events kept at most. */
    public static final int CAPACITY = 2000;
    /** The kind of the events the refusal listener records. */
    public static final String REFUSED = "refused";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * One event.
     *
     * @param seq     increasing number, from 1 after each reset
     * @param at      when, Vietnam time ({@code yyyy-MM-dd HH:mm:ss})
     * @param service which emulator ({@code portal}, {@code payment}, …)
     * @param kind    what ({@code login}, {@code mac}, {@value SandboxJournal#REFUSED}, …)
     * @param fields  details, in the order recorded
     */
    public record Event(long seq, String at, String service, String kind, Map<String, String> fields) {
        public Event {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        /** A field, or "" when absent. */
        public String field(String name) {
            String v = fields.get(name);
            return v == null ? "" : v;
        }
    }

    private final Deque<Event> events = new ArrayDeque<>();
    private long seq;

    /** Records an event; {@code keyValues} are name, value pairs (a null value is kept as ""). */
    public void record(String service, String kind, String... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("keyValues must come in pairs");
        }
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            f.put(keyValues[i], keyValues[i + 1] == null ? "" : keyValues[i + 1]);
        }
        record(service, kind, f);
    }

    /** Records an event with its fields. */
    public synchronized void record(String service, String kind, Map<String, String> fields) {
        String at = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(TIME);
        events.addLast(new Event(++seq, at, service, kind, fields));
        while (events.size() > CAPACITY) {
            events.removeFirst();
        }
    }

    /** The events of one service (and kind, when not null), oldest first. */
    public synchronized List<Event> events(String service, String kind) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if ((service == null || service.equals(e.service())) && (kind == null || kind.equals(e.kind()))) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every event of one kind, whatever the service, oldest first. */
    public List<Event> eventsOfKind(String kind) {
        return events(null, kind);
    }

    /** The number of the last event (0 when none since the last reset). */
    public synchronized long lastSeq() {
        return seq;
    }

    /** Forgets everything (the sandbox's reset). */
    public synchronized void clear() {
        events.clear();
        seq = 0;
    }
}
