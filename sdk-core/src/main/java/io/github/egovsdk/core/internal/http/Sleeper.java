package io.github.egovsdk.core.internal.http;

import io.github.egovsdk.core.EgovTransportException;
import java.time.Duration;

/** Waits between attempts; replaceable in tests so they do not wait for real. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EgovTransportException("Interrupted while waiting to retry", e, false);
        }
    };

    void sleep(Duration duration);
}
