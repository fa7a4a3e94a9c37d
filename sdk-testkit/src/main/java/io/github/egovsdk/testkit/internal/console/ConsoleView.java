package io.github.egovsdk.testkit.internal.console;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One tab of the sandbox console ({@code /__console}): what an emulated service holds now, as tables, and the actions
 * that drive it as its real counterpart would. An emulator plugs in with one line in {@code EgovSandbox}:
 * {@code console.register(new MyServiceView(state))} — or, for a service whose story is its journal,
 * {@link JournalView}. Implementations are called on the sandbox's request threads and must be thread-safe.
 */
public interface ConsoleView {
    /** Short id, used in URLs: {@code /__console#id} and {@code POST /__console/api/{id}/{action}}. */
    String id();

    /** The tab's title. */
    Text title();

    /** The current content, read fresh on each refresh of the page (about once a second while it is open). */
    List<ConsoleTable> tables();

    /** Buttons for the whole view (not tied to a row). */
    default List<ConsoleAction> actions() {
        return List.of();
    }

    /**
     * Runs one of this view's actions.
     *
     * @param action the name after {@code /__console/api/{id}/}
     * @param params query and form parameters
     * @return what happened, for the page and the caller; empty when this view has no such action (HTTP 404)
     * @throws IllegalArgumentException a parameter is missing or wrong (HTTP 400 with the message)
     */
    default Optional<Text> act(String action, Map<String, String> params) {
        return Optional.empty();
    }

    /** A required parameter of an action, or an {@link IllegalArgumentException} naming it. */
    static String required(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("Thiếu tham số / missing parameter: " + name);
        }
        return v.strip();
    }
}
