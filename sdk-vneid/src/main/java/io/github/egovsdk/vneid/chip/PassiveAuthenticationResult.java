package io.github.egovsdk.vneid.chip;

import jakarta.validation.constraints.NotNull;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The outcome of passive authentication (xác thực thụ động) of one chip read. Never "valid" without a trusted CSCA.
 *
 * @param verdict          {@link Verdict#PASSED} only when every step passed and the DSC chains to a trusted CSCA
 * @param failures         every failed step (empty unless {@link Verdict#FAILED})
 * @param dataGroups       per data group read: whether its hash matches the SOD
 * @param digestAlgorithm  the SOD's digest algorithm, e.g. SHA-256; null when there is no SOD
 * @param documentSigner   the DSC from the SOD
 * @param csca             the trusted CSCA that issued the DSC
 * @param checkedAt        the time the certificates' validity was checked at: the SOD's signing time when it
 *                         carries one (not in the future), else the verifier's clock
 */
public record PassiveAuthenticationResult(
        @NotNull Verdict verdict,
        @NotNull List<PaFailure> failures,
        @NotNull Map<Integer, DataGroupStatus> dataGroups,
        String digestAlgorithm,
        @NotNull Optional<X509Certificate> documentSigner,
        @NotNull Optional<X509Certificate> csca,
        @NotNull Instant checkedAt) {

    /** Overall outcome. */
    public enum Verdict {
        /** SOD signature, DSC → CSCA chain, validity and every data-group hash verified. */
        PASSED,
        /** At least one step failed: see {@link #failures()}. */
        FAILED,
        /** SOD signature and hashes verified, but no CSCA was configured: the signer is unknown. */
        CHAIN_NOT_VERIFIED
    }

    /** Hash check of one data group. */
    public enum DataGroupStatus {
        MATCH,
        MISMATCH,
        NOT_IN_SOD
    }

    public PassiveAuthenticationResult {
        failures = List.copyOf(failures);
        dataGroups = Collections.unmodifiableMap(new TreeMap<>(dataGroups));
    }

    public boolean passed() {
        return verdict == Verdict.PASSED;
    }

    /** Whether this step failed (for any data group). */
    public boolean failed(PaCheck check) {
        return failures.stream().anyMatch(f -> f.check() == check);
    }

    /** The steps that failed, in order of detection. */
    public Set<PaCheck> failedChecks() {
        return failures.stream().map(PaFailure::check).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Data groups whose hash differs from the SOD's. */
    public Set<Integer> tamperedDataGroups() {
        return dataGroups.entrySet().stream()
                .filter(e -> e.getValue() == DataGroupStatus.MISMATCH)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public String toString() {
        return "PassiveAuthenticationResult[" + verdict + ", failures=" + failures + ", dataGroups=" + dataGroups + "]";
    }
}
