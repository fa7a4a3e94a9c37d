package io.github.egovsdk.vneid.population;

/**
 * SPI: receives an {@link AuditRecord} for every population-database check, successful or not. Implementations
 * write it to the agency's audit log; they must not block for long (called on the caller's thread).
 */
@FunctionalInterface
public interface AuditHook {
    void record(AuditRecord record);

    /** Records nothing. */
    static AuditHook none() {
        return r -> {
        };
    }
}
