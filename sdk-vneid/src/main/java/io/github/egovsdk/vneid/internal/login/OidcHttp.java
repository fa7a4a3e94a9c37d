package io.github.egovsdk.vneid.internal.login;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Map;

/**
 * The identity providers' HTTP calls over the SDK pipeline (retries, timeouts, TLS, redacted logging). Token calls
 * are not retried: an authorization code is single-use.
 */
public final class OidcHttp implements AutoCloseable {
    private static final int MAX_BODY = 256 * 1024;
    private final HttpPipeline pipeline;

    public OidcHttp(HttpPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public String get(URI uri, String bearer) {
        HttpRequest.Builder b = HttpRequest.builder(HttpMethod.GET, uri).header("Accept", "application/json");
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        try (HttpResponse r = pipeline.send(b.build())) {
            return r.bodyAsString(MAX_BODY);
        }
    }

    public String postForm(URI uri, Map<String, String> form) {
        HttpRequest request = HttpRequest.builder(HttpMethod.POST, uri)
                .header("Accept", "application/json")
                .body(RequestBody.ofString(OidcSupport.form(form), "application/x-www-form-urlencoded"))
                .build();
        try (HttpResponse r = pipeline.send(request)) {
            return r.bodyAsString(MAX_BODY);
        }
    }

    /** Parses a JSON object reply, or fails as a service error naming the endpoint (never echoing the body). */
    public static JsonNode object(String body, String what) {
        JsonNode n = EgovJson.tryParse(body);
        if (n == null || !n.isObject()) {
            throw new EgovServiceException(
                    200,
                    "NOT_JSON",
                    what + " did not return a JSON object / " + what + " không trả về đối tượng JSON",
                    null,
                    null);
        }
        return n;
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
