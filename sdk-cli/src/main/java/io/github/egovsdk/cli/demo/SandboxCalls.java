package io.github.egovsdk.cli.demo;

import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Calls to the sandbox's VNeID and population-DB services through the core HTTP pipeline (retries, redacted logging),
 * for the demo step whose domain clients (sdk-vneid) are not in this build; also the demo's JSON mapper. The portal
 * and payment are spoken through sdk-dvc's clients (OneStopSteps).
 */
final class SandboxCalls implements AutoCloseable {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpPipeline pipeline;

    SandboxCalls(URI base) {
        this.pipeline = HttpPipeline.create(ClientConfig.builder().endpoint(base).build());
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    JsonNode postJson(URI uri, JsonNode body, String... headers) {
        HttpRequest.Builder b = HttpRequest.builder(HttpMethod.POST, uri).header("Content-Type", "application/json")
                .body(RequestBody.ofString(JSON.writeValueAsString(body), "application/json"));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return read(b.build());
    }

    JsonNode postForm(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return read(HttpRequest.builder(HttpMethod.POST, uri).header("Content-Type", "application/x-www-form-urlencoded")
                .body(RequestBody.ofString(body, "application/x-www-form-urlencoded")).build());
    }

    JsonNode get(URI uri, String... headers) {
        HttpRequest.Builder b = HttpRequest.builder(HttpMethod.GET, uri);
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return read(b.build());
    }

    private JsonNode read(HttpRequest request) {
        try (HttpResponse r = pipeline.send(request)) {
            return JSON.readTree(r.bodyAsString(1 << 20));
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
