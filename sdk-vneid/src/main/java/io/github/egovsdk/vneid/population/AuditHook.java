package io.github.egovsdk.vneid.population;

/**
 * SPI: records every population-database lookup (nhật ký tra cứu) — who, when, why, the request id and the outcome,
 * <b>never</b> the personal data looked up (reference §7, §15). Called once per {@link PopulationDbClient#verify}
 * call, after the answer or the failure, on the calling thread. An exception thrown here fails the call, so a lookup
 * never goes unrecorded silently.
 */
@FunctionalInterface
public interface AuditHook {

    void onLookup(AuditRecord record);
}
