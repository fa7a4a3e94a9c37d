package io.github.egovsdk.core.internal.http;

import io.github.egovsdk.core.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;

/** What the built-in policies share about one call: attempts, requests sent, the last signed request, deadlines. */
final class CallState {
    final HttpRequest original;
    final Instant deadline;
    final Duration budget;
    /** On the monotonic clock (the configured Clock may be a test's). */
    final long hardDeadlineNanos;

    int attempt;
    int sent;
    boolean reauthenticated;
    HttpRequest lastSigned;

    CallState(HttpRequest original, Instant deadline, Duration budget) {
        this.original = original;
        this.deadline = deadline;
        this.budget = budget;
        this.hardDeadlineNanos = System.nanoTime() + budget.toNanos();
    }
}
