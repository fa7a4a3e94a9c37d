package io.github.egovsdk.testkit.contract;

import io.github.egovsdk.testkit.SandboxAgency;
import java.net.URI;
import java.util.Optional;

/**
 * Where a contract suite runs: an axis endpoint and two agencies on it (each with its node's system id and secret).
 * Vendors describe their staging axis with environment variables ({@link #fromEnvironment()}).
 *
 * @param endpoint  the axis base URL (every method is {@code POST {endpoint}/{method}})
 * @param sender    an agency this test may send from
 * @param recipient an agency this test may send to and receive as
 */
public record AxisTarget(URI endpoint, SandboxAgency sender, SandboxAgency recipient) {

    /**
     * Reads {@code EGOV_VXP_ENDPOINT}, {@code EGOV_VXP_SENDER_CODE}, {@code EGOV_VXP_SENDER_SYSTEM_ID},
     * {@code EGOV_VXP_SENDER_SECRET}, and the same three with {@code RECIPIENT}; empty when the endpoint is unset.
     */
    public static Optional<AxisTarget> fromEnvironment() {
        String endpoint = System.getenv("EGOV_VXP_ENDPOINT");
        if (endpoint == null || endpoint.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new AxisTarget(URI.create(endpoint), party("SENDER"), party("RECIPIENT")));
    }

    private static SandboxAgency party(String role) {
        String code = required("EGOV_VXP_" + role + "_CODE");
        return new SandboxAgency(
                code, code, required("EGOV_VXP_" + role + "_SYSTEM_ID"), required("EGOV_VXP_" + role + "_SECRET"));
    }

    private static String required(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(
                    "Environment variable " + name + " is required when EGOV_VXP_ENDPOINT is set");
        }
        return v;
    }
}
