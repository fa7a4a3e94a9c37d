package io.github.egovsdk.testkit.contract;

import io.github.egovsdk.core.privacy.Redactor;
import java.net.URI;
import java.util.Optional;

/**
 * Where {@link ResultsStoreContract} runs: the portal results store's relay (endpoint and the list and file paths —
 * configuration in production systems), a test owner who has at least one document of {@code resultCode} in the
 * store (their personal ID and name), and, for the sandbox, a way to put one there ({@code prepare}; null on
 * staging, where the operator prepared it). {@link #toString()} masks the owner's ID.
 */
public record ResultsStoreTarget(
        URI endpoint,
        String listPath,
        String filePath,
        String ownerId,
        String ownerName,
        String resultCode,
        Runnable prepare) {

    /**
     * Reads {@code EGOV_KHOSO_ENDPOINT}, {@code EGOV_KHOSO_OWNER_ID}, {@code EGOV_KHOSO_OWNER_NAME},
     * {@code EGOV_KHOSO_RESULT_CODE} (required once the endpoint is set) and the optional
     * {@code EGOV_KHOSO_LIST_PATH} / {@code EGOV_KHOSO_FILE_PATH} (defaults {@code ketqua} / {@code tep}); empty when
     * the endpoint is unset.
     */
    public static Optional<ResultsStoreTarget> fromEnvironment() {
        String endpoint = Env.get("EGOV_KHOSO_ENDPOINT");
        if (endpoint == null) {
            return Optional.empty();
        }
        return Optional.of(new ResultsStoreTarget(
                URI.create(endpoint),
                Env.get("EGOV_KHOSO_LIST_PATH", "ketqua"),
                Env.get("EGOV_KHOSO_FILE_PATH", "tep"),
                Env.required("EGOV_KHOSO_OWNER_ID", "EGOV_KHOSO_ENDPOINT"),
                Env.required("EGOV_KHOSO_OWNER_NAME", "EGOV_KHOSO_ENDPOINT"),
                Env.required("EGOV_KHOSO_RESULT_CODE", "EGOV_KHOSO_ENDPOINT"),
                null));
    }

    @Override
    public String toString() {
        return "ResultsStoreTarget[" + endpoint + ", owner=" + Redactor.maskPersonalId(ownerId) + ", resultCode="
                + resultCode + "]";
    }
}
