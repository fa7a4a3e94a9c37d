package io.github.egovsdk.testkit.internal.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A button of the sandbox console: {@code POST /__console/api/{view}/{name}?{params}} — the same endpoint a CI script
 * calls. The view named {@code view} runs it in {@link ConsoleView#act}.
 *
 * @param view   the view's id
 * @param name   the action's name within the view
 * @param label  the button's text
 * @param params query parameters (kept in order)
 */
public record ConsoleAction(String view, String name, Text label, Map<String, String> params) {
    public ConsoleAction {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public static ConsoleAction of(String view, String name, Text label, String... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("keyValues must come in pairs");
        }
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.put(keyValues[i], keyValues[i + 1]);
        }
        return new ConsoleAction(view, name, label, p);
    }

    /** {@code /__console/api/{view}/{name}?k=v&...} */
    public String path() {
        String q = params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return SandboxConsole.API + view + "/" + name + (q.isEmpty() ? "" : "?" + q);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
