package io.github.egovsdk.testkit.contract;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where {@link InterconnectContract} and {@link CivilStatusContract} run: the DVCLT software (endpoint, account,
 * paths — the real ones are unpublished), the ministry's civil-status software (endpoint, province code) and a way to
 * get a test dossier onto the DVCLT list (the sandbox files one; on staging, a dossier prepared by the operator, its
 * DVCLT id in {@code EGOV_DVCLT_TEST_DOSSIER_ID}). {@link #toString()} hides the password.
 */
public record InterconnectTarget(
        URI endpoint,
        String username,
        String password,
        String tokenPath,
        String listPath,
        String ackPath,
        String statusPath,
        URI civilStatusEndpoint,
        String provinceCode,
        Supplier<String> testDossier) {

    /**
     * Reads {@code EGOV_DVCLT_ENDPOINT}, {@code EGOV_DVCLT_USERNAME}, {@code EGOV_DVCLT_PASSWORD},
     * {@code EGOV_DVCLT_TEST_DOSSIER_ID} (required once the endpoint is set), the optional paths
     * {@code EGOV_DVCLT_TOKEN_PATH}, {@code EGOV_DVCLT_LIST_PATH}, {@code EGOV_DVCLT_ACK_PATH},
     * {@code EGOV_DVCLT_STATUS_PATH}, and {@code EGOV_BTP_ENDPOINT} / {@code EGOV_BTP_PROVINCE}; empty when the
     * endpoint is unset.
     */
    public static Optional<InterconnectTarget> fromEnvironment() {
        String endpoint = Env.get("EGOV_DVCLT_ENDPOINT");
        if (endpoint == null) {
            return Optional.empty();
        }
        String id = Env.required("EGOV_DVCLT_TEST_DOSSIER_ID", "EGOV_DVCLT_ENDPOINT");
        String btp = Env.get("EGOV_BTP_ENDPOINT");
        return Optional.of(new InterconnectTarget(
                URI.create(endpoint),
                Env.required("EGOV_DVCLT_USERNAME", "EGOV_DVCLT_ENDPOINT"),
                Env.required("EGOV_DVCLT_PASSWORD", "EGOV_DVCLT_ENDPOINT"),
                Env.get("EGOV_DVCLT_TOKEN_PATH", "api/lienthongdvclt/token"),
                Env.get("EGOV_DVCLT_LIST_PATH", "api/lienthongdvclt/hosolienthong"),
                Env.get("EGOV_DVCLT_ACK_PATH", "api/lienthongdvclt/hosolienthong/danhan"),
                Env.get("EGOV_DVCLT_STATUS_PATH", "api/lienthongdvclt/hosolienthong/trangthai"),
                btp == null ? null : URI.create(btp),
                Env.get("EGOV_BTP_PROVINCE"),
                () -> id));
    }

    @Override
    public String toString() {
        return "InterconnectTarget[" + endpoint + ", user=" + username + ", password=****, btp=" + civilStatusEndpoint
                + "]";
    }
}
