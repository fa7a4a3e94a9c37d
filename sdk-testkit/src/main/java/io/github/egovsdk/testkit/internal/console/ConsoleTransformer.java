package io.github.egovsdk.testkit.internal.console;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the sandbox console: {@code GET /__console} (the page, its script and style — bundled, nothing from a CDN),
 * {@code GET /__console/api/state} (JSON of every view) and {@code POST /__console/api/{view}/{action}?...} (an
 * action; answers {@code {"ok":true,"message":{"vi","en"}}}, or 400 / 404 with {@code "ok":false}).
 */
public final class ConsoleTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-sandbox-console";
    private static final String RESOURCES = "/io/github/egovsdk/testkit/console/";
    private static final Map<String, String> FILES =
            Map.of("", "console.html", "/", "console.html", "/console.js", "console.js", "/console.css", "console.css");
    private final SandboxConsole console;

    public ConsoleTransformer(SandboxConsole console) {
        this.console = console;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        String url = request.getUrl();
        int q = url.indexOf('?');
        String path = (q < 0 ? url : url.substring(0, q)).substring(SandboxConsole.PATH.length());
        String method = request.getMethod().getName();
        if (path.equals("/api/state") && method.equals("GET")) {
            return json(200, console.state());
        }
        if (path.startsWith("/api/") && method.equals("POST")) {
            return action(
                    path.substring("/api/".length()),
                    params(
                            q < 0 ? "" : url.substring(q + 1),
                            request.getHeader("Content-Type"),
                            request.getBodyAsString()));
        }
        String file = FILES.get(path);
        if (file != null && method.equals("GET")) {
            return new ResponseDefinitionBuilder()
                    .withStatus(200)
                    .withHeader("Content-Type", type(file))
                    .withHeader("Cache-Control", "no-store")
                    .withBody(resource(file))
                    .build();
        }
        return json(404, EgovJson.mapper().createObjectNode().put("ok", false).put("error", "not found: " + path));
    }

    private ResponseDefinition action(String rest, Map<String, String> params) {
        int slash = rest.indexOf('/');
        String view = slash < 0 ? rest : rest.substring(0, slash);
        String action = slash < 0 ? "" : rest.substring(slash + 1);
        ObjectNode out = EgovJson.mapper().createObjectNode();
        try {
            Optional<Text> done = console.act(view, action, params);
            if (done.isEmpty()) {
                return json(404, out.put("ok", false).put("error", "Không có thao tác / no such action: " + rest));
            }
            out.put("ok", true);
            out.putObject("message")
                    .put("vi", done.get().vi())
                    .put("en", done.get().en());
            return json(200, out);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return json(400, out.put("ok", false).put("error", ConsoleMask.text(e.getMessage())));
        }
    }

    private static Map<String, String> params(String query, String contentType, String body) {
        Map<String, String> p = new LinkedHashMap<>(parse(query));
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            p.putAll(parse(body));
        }
        return p;
    }

    private static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            out.put(
                    URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static ResponseDefinition json(int status, ObjectNode body) {
        return new ResponseDefinitionBuilder()
                .withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("Cache-Control", "no-store")
                .withBody(EgovJson.write(body))
                .build();
    }

    private static String type(String file) {
        if (file.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        return file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
    }

    private static byte[] resource(String file) {
        try (InputStream in = ConsoleTransformer.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException("The console's " + file + " is missing from the testkit jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
