package io.github.egovsdk.core.internal.http;

import io.github.egovsdk.core.http.HttpHeaders;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.privacy.Redactor;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs requests and responses to the {@code io.github.egovsdk.wire} logger when a client enables wire logging:
 * header values only for an allow-list of harmless headers (others appear by name), never bodies of streams, and
 * every value passed through the {@link Redactor}.
 */
final class WireLogger {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.egovsdk.wire");
    private static final Set<String> SHOWN_HEADERS = Set.of(
            "content-type",
            "content-length",
            "accept",
            "user-agent",
            "retry-after",
            "x-request-id",
            "idempotency-key",
            "date",
            "xroadvnpt-systemid",
            "xroadvnpt-servicetype",
            "xroadvnpt-messagetype",
            "xroadvnpt-timestamp",
            "xroadvnpt-version",
            "transfer-encoding");

    private WireLogger() {}

    static void request(HttpRequest request, int attempt) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("--> {} (attempt {}) {}", request, attempt, headers(request.headers()));
        }
    }

    static void response(HttpRequest request, int status, HttpHeaders headers, long millis) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("<-- {} {} in {} ms {}", status, request, millis, headers(headers));
        }
    }

    static void failure(HttpRequest request, int attempt, Exception e) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("<-- {} failed on attempt {}: {}", request, attempt, Redactor.redact(e.getMessage()));
        }
    }

    static void errorBody(String redactedExcerpt) {
        if (LOG.isDebugEnabled() && redactedExcerpt != null) {
            LOG.debug("<-- error body: {}", redactedExcerpt);
        }
    }

    private static String headers(HttpHeaders headers) {
        return headers.asMap().entrySet().stream()
                .map(e -> SHOWN_HEADERS.contains(e.getKey().toLowerCase(Locale.ROOT))
                        ? e.getKey() + ": " + Redactor.redact(String.join(",", e.getValue()))
                        : e.getKey() + ": <hidden>")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
