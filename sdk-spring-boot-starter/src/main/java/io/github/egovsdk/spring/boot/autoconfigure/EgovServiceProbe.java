package io.github.egovsdk.spring.boot.autoconfigure;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.privacy.Redactor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A bounded, cached check of one service, independent of the Spring Boot version (the Actuator adapters turn its
 * {@link Result} into a {@code Health}). The check runs on a daemon thread with a timeout; its result is reused for
 * the cache TTL so frequent health polls cost one call per TTL.
 */
public final class EgovServiceProbe {
    /** UP or DOWN, with details that never hold secrets or personal data. */
    public record Result(boolean up, Map<String, Object> details) {}

    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "egov-health-probe");
        t.setDaemon(true);
        return t;
    });
    private final String service;
    private final Callable<String> check;
    private final Duration timeout;
    private final Duration cacheTtl;
    private final Clock clock;
    private Result cached;
    private Instant cachedAt = Instant.MIN;

    /**
     * @param check returns a short description of what it saw (e.g. {@code "authenticated"}), throws when the
     *              service is down
     */
    public EgovServiceProbe(String service, Callable<String> check, Duration timeout, Duration cacheTtl, Clock clock) {
        this.service = service;
        this.check = check;
        this.timeout = timeout;
        this.cacheTtl = cacheTtl;
        this.clock = clock;
    }

    public synchronized Result check() {
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cachedAt.plus(cacheTtl))) {
            return cached;
        }
        cached = run();
        cachedAt = now;
        return cached;
    }

    private Result run() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("service", service);
        Future<String> f = EXECUTOR.submit(check);
        try {
            details.put("check", f.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            return new Result(true, details);
        } catch (TimeoutException e) {
            f.cancel(true);
            details.put("reason", "no answer within " + timeout + " / không phản hồi");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            details.put("reason", "interrupted");
        } catch (ExecutionException e) {
            details.put("reason", reason(e.getCause()));
        }
        return new Result(false, details);
    }

    static String reason(Throwable t) {
        String message = Redactor.redact(String.valueOf(t.getMessage()));
        if (t instanceof EgovServiceException s && (s.statusCode() == 401 || s.statusCode() == 403)) {
            return "credentials rejected (HTTP " + s.statusCode() + ") / thông tin xác thực bị từ chối";
        }
        if (t instanceof EgovServiceException s) {
            return "service error HTTP " + s.statusCode() + ": " + message;
        }
        if (t instanceof EgovTransportException) {
            return "unreachable / không kết nối được: " + message;
        }
        return t.getClass().getSimpleName() + ": " + message;
    }
}
