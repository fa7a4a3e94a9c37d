package io.github.egovsdk.testkit.internal.console;

import java.util.ArrayList;
import java.util.List;

/**
 * A console tab that lists one service's journal events as a table, newest first — enough for a service whose story
 * is a sequence of calls (logins, look-ups). Each column shows one event field; the time comes first.
 * A column named {@code service} shows the event's service unless the event has such a field.
 * {@code console.register(JournalView.of("vneid", Text.of("Đăng nhập", "Logins"), "identity", null,
 * Text.of("Cổng", "Provider"), "flavor", ...))}.
 */
public final class JournalView implements ConsoleView {
    private final String id;
    private final Text title;
    private final SandboxJournal journal;
    private final String service;
    private final String kind;
    private final List<Text> headings;
    private final List<String> fields;

    private JournalView(
            String id,
            Text title,
            SandboxJournal journal,
            String service,
            String kind,
            List<Text> headings,
            List<String> fields) {
        this.id = id;
        this.title = title;
        this.journal = journal;
        this.service = service;
        this.kind = kind;
        this.headings = List.copyOf(headings);
        this.fields = List.copyOf(fields);
    }

    /**
     * A journal view.
     *
     * @param columns pairs of a heading ({@link Text}) and the event field it shows ({@link String})
     * @param kind    the kind of events shown, or null for all of the service's
     */
    public static JournalView of(
            String id, Text title, SandboxJournal journal, String service, String kind, Object... columns) {
        List<Text> h = new ArrayList<>();
        List<String> f = new ArrayList<>();
        for (int i = 0; i + 1 < columns.length; i += 2) {
            h.add((Text) columns[i]);
            f.add((String) columns[i + 1]);
        }
        if (columns.length % 2 != 0) {
            throw new IllegalArgumentException("columns must be heading, field pairs");
        }
        return new JournalView(id, title, journal, service, kind, h, f);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Text title() {
        return title;
    }

    @Override
    public List<ConsoleTable> tables() {
        List<Text> columns = new ArrayList<>();
        columns.add(Text.of("Thời gian", "Time"));
        columns.addAll(headings);
        ConsoleTable.Builder t = ConsoleTable.builder(title, columns.toArray(Text[]::new));
        List<SandboxJournal.Event> events = journal.events(service, kind);
        for (int i = events.size() - 1; i >= 0; i--) {
            SandboxJournal.Event e = events.get(i);
            List<String> cells = new ArrayList<>();
            cells.add(e.at());
            fields.forEach(
                    f -> cells.add(f.equals("service") && !e.fields().containsKey(f) ? e.service() : e.field(f)));
            t.row(String.valueOf(e.seq()), cells, List.of());
        }
        return List.of(t.build());
    }
}
