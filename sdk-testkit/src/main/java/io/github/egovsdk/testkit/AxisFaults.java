package io.github.egovsdk.testkit;

import java.util.Objects;
import java.util.function.Function;

/**
 * Faults the sandbox axis injects into the requests of one node, to test a client's recovery: a share of requests
 * answered by a connection reset, a share by HTTP 503 — decided <em>before</em> the request is processed, so a
 * faulted request has no effect (like a proxy failing in front of the axis) — and an observer that sees every request
 * that is processed. {@link EgovSandbox#axisFaults(AxisFaults)} installs them; {@link #NONE} removes them.
 *
 * @param systemId        the node whose requests are faulted (null: every node)
 * @param resetRate       share of requests answered by a TCP reset (0–1)
 * @param unavailableRate share of requests answered by HTTP 503 (0–1)
 * @param seed            seed of the fault sequence (reproducible runs)
 * @param observer        called for every request processed (never for a faulted one), before it is processed
 */
public record AxisFaults(String systemId, double resetRate, double unavailableRate, long seed, Observer observer) {
    /** No faults, no observer. */
    public static final AxisFaults NONE = new AxisFaults(null, 0, 0, 0, null);

    public AxisFaults {
        if (resetRate < 0 || unavailableRate < 0 || resetRate + unavailableRate > 1) {
            throw new IllegalArgumentException("fault rates must be within 0..1 and sum to at most 1");
        }
    }

    /** Sees the requests the sandbox axis processes. Called on WireMock's threads: must be thread-safe. */
    @FunctionalInterface
    public interface Observer {
        /**
         * @param systemId the calling node
         * @param method   the VXP method ({@code updateStatus}, {@code sendEdoc}, …)
         * @param header   request headers by name ({@code XroadVnpt-docId}, …)
         * @param body     the request body
         */
        void request(String systemId, String method, Function<String, String> header, byte[] body);

        /** A request of {@code systemId} was answered by an injected fault ({@code reset} or {@code 503}). */
        default void faulted(String systemId, String method, String fault) {}
    }

    /** Faults for one node's requests. */
    public static AxisFaults forNode(String systemId, double resetRate, double unavailableRate, long seed) {
        return new AxisFaults(Objects.requireNonNull(systemId), resetRate, unavailableRate, seed, null);
    }

    /** The same faults, with an observer. */
    public AxisFaults observedBy(Observer observer) {
        return new AxisFaults(systemId, resetRate, unavailableRate, seed, observer);
    }
}
