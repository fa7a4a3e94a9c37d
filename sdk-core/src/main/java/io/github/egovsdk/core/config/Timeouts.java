package io.github.egovsdk.core.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Time limits of a call.
 *
 * @param connect          establishing a TCP+TLS connection
 * @param response         one attempt, from sending the request to the response headers, and the longest silence
 *                         while reading a body (per attempt)
 * @param total            the whole call: every attempt, retry and backoff, and reading the response body. An
 *                         attempt started near the deadline gets only the time left; a body still being read at the
 *                         deadline is cut off ({@code EgovTransportException}). Size it for the largest download.
 */
public record Timeouts(Duration connect, Duration response, Duration total) {
    public static final Timeouts DEFAULT =
            new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(5));

    public Timeouts {
        requirePositive(connect, "connect");
        requirePositive(response, "response");
        requirePositive(total, "total");
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("Timeout '" + name + "' must be positive, was " + d);
        }
    }

    public Timeouts withConnect(Duration value) {
        return new Timeouts(value, response, total);
    }

    public Timeouts withResponse(Duration value) {
        return new Timeouts(connect, value, total);
    }

    public Timeouts withTotal(Duration value) {
        return new Timeouts(connect, response, value);
    }
}
