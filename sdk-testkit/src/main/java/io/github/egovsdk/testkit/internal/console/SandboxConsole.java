package io.github.egovsdk.testkit.internal.console;

import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The sandbox console's model: the registered views (one tab each, in order of registration, the refused requests
 * last), the journal they record into, and the actions. {@link ConsoleTransformer} serves it at {@code /__console}.
 * Thread-safe.
 */
public final class SandboxConsole {
    /** Where the page is served. */
    public static final String PATH = "/__console";
    /** Prefix of the JSON state and the action endpoints. */
    public static final String API = PATH + "/api/";

    private final SandboxJournal journal;
    private final Runnable reset;
    private final List<ConsoleView> views = new CopyOnWriteArrayList<>();
    private final ConsoleView refusals;

    public SandboxConsole(SandboxJournal journal, Runnable reset) {
        this.journal = journal;
        this.reset = reset;
        this.refusals = JournalView.of(
                "refusals",
                Text.of("Yêu cầu bị từ chối", "Refused requests"),
                journal,
                null,
                SandboxJournal.REFUSED,
                Text.of("Dịch vụ", "Service"),
                "service",
                Text.of("Phương thức", "Method"),
                "method",
                Text.of("Đường dẫn", "Path"),
                "path",
                Text.of("HTTP", "HTTP"),
                "http",
                Text.of("Mã lỗi", "Code"),
                "code",
                Text.of("Lý do sandbox trả lời", "Reason the sandbox gave"),
                "reason",
                Text.of("Bên gọi", "Caller"),
                "caller");
    }

    /** Where emulators record their events. */
    public SandboxJournal journal() {
        return journal;
    }

    /** Adds a tab (before the refused requests); ids must be unique. */
    public SandboxConsole register(ConsoleView view) {
        if (view.id().equals("reset") || allViews().stream().anyMatch(v -> v.id().equals(view.id()))) {
            throw new IllegalArgumentException("A console view with id '" + view.id() + "' exists");
        }
        views.add(view);
        return this;
    }

    List<ConsoleView> allViews() {
        List<ConsoleView> all = new ArrayList<>(views);
        all.add(refusals);
        return all;
    }

    /** Everything the page shows, as JSON ({@code GET /__console/api/state}). */
    public ObjectNode state() {
        ObjectNode root = EgovJson.mapper().createObjectNode();
        root.put("seq", journal.lastSeq());
        root.put("refused", journal.eventsOfKind(SandboxJournal.REFUSED).size());
        root.set(
                "actions",
                actions(List.of(ConsoleAction.of("reset", "", Text.of("Đặt lại sandbox", "Reset the sandbox")))));
        ArrayNode out = root.putArray("views");
        for (ConsoleView v : allViews()) {
            ObjectNode o = out.addObject();
            o.put("id", v.id());
            o.set("title", text(v.title()));
            o.set("actions", actions(v.actions()));
            ArrayNode tables = o.putArray("tables");
            for (ConsoleTable t : v.tables()) {
                ObjectNode to = tables.addObject();
                to.set("title", text(t.title()));
                ArrayNode cols = to.putArray("columns");
                t.columns().forEach(c -> cols.add(text(c)));
                ArrayNode rows = to.putArray("rows");
                for (ConsoleTable.Row r : t.rows()) {
                    ObjectNode ro = rows.addObject();
                    ro.put("key", r.key());
                    ArrayNode cells = ro.putArray("cells");
                    r.cells().forEach(c -> cells.add(c == null ? "" : c));
                    ro.set("actions", actions(r.actions()));
                }
            }
        }
        return root;
    }

    /**
     * Runs {@code POST /__console/api/{view}/{action}}; {@code POST /__console/api/reset} resets the sandbox.
     *
     * @return the outcome, or empty when there is no such view or action
     */
    public Optional<Text> act(String view, String action, Map<String, String> params) {
        if (view.equals("reset") && action.isEmpty()) {
            reset.run();
            return Optional.of(Text.of("Đã đặt lại sandbox", "The sandbox was reset"));
        }
        for (ConsoleView v : allViews()) {
            if (v.id().equals(view)) {
                return v.act(action, params);
            }
        }
        return Optional.empty();
    }

    private static ObjectNode text(Text t) {
        return EgovJson.mapper().createObjectNode().put("vi", t.vi()).put("en", t.en());
    }

    private static ArrayNode actions(List<ConsoleAction> actions) {
        ArrayNode a = EgovJson.mapper().createArrayNode();
        for (ConsoleAction x : actions) {
            a.addObject()
                    .put("path", x.name().isEmpty() ? API + x.view() : x.path())
                    .put("name", x.name())
                    .set("label", text(x.label()));
        }
        return a;
    }
}
