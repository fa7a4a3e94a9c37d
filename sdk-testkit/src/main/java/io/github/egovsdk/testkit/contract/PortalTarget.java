package io.github.egovsdk.testkit.contract;

import java.net.URI;
import java.util.Optional;

/**
 * Where {@link PortalContract} runs: the portal adapter (DVCQG) endpoint and account, a procedure the portal knows
 * and, optionally, an ID number with a DVCQG account and a way to end the adapter's sessions. Vendors describe their
 * staging adapter with environment variables ({@link #fromEnvironment()}). {@link #toString()} hides the password.
 *
 * @param endpoint       the adapter's base URL ({@code login} and {@code api} under it, unless the paths say otherwise)
 * @param loginPath      the login path relative to the endpoint ({@code auth_endpoint}); {@code login} by default
 * @param apiPath        the service path relative to the endpoint ({@code integration_endpoint}); {@code api} by
 * default
 * @param username       the adapter account
 * @param password       its password (secret)
 * @param dstCode        the {@code dstcode} header
 * @param agencyCode     {@code madonvi}; also the agency of the test dossiers and expected in the agencies catalogue
 * @param procedureCode  a procedure code the portal's {@code LayThuTuc} knows
 * @param techIdNumber   a personal ID / tax number with a DVCQG account, for {@code TraCuuTechID}; null to skip
 * @param expectedTechId the TechID it must give; null to only require one
 * @param sessionExpiry  ends every adapter session (the sandbox can); null to skip the re-login test
 */
public record PortalTarget(
        URI endpoint,
        String loginPath,
        String apiPath,
        String username,
        String password,
        String dstCode,
        String agencyCode,
        String procedureCode,
        String techIdNumber,
        String expectedTechId,
        Runnable sessionExpiry) {

    /**
     * Reads {@code EGOV_DVCQG_ENDPOINT}, {@code EGOV_DVCQG_USERNAME}, {@code EGOV_DVCQG_PASSWORD},
     * {@code EGOV_DVCQG_DSTCODE}, {@code EGOV_DVCQG_PROCEDURE_CODE} (required once the endpoint is set) and the
     * optional {@code EGOV_DVCQG_AGENCY_CODE} (default: the dstcode), {@code EGOV_DVCQG_LOGIN_PATH},
     * {@code EGOV_DVCQG_API_PATH}, {@code EGOV_DVCQG_TECHID_NUMBER}, {@code EGOV_DVCQG_TECHID}; empty when the
     * endpoint is unset. A staging portal cannot be told to end its sessions: the re-login test is skipped.
     */
    public static Optional<PortalTarget> fromEnvironment() {
        String endpoint = Env.get("EGOV_DVCQG_ENDPOINT");
        if (endpoint == null) {
            return Optional.empty();
        }
        String dst = Env.required("EGOV_DVCQG_DSTCODE", "EGOV_DVCQG_ENDPOINT");
        return Optional.of(new PortalTarget(
                URI.create(endpoint),
                Env.get("EGOV_DVCQG_LOGIN_PATH", "login"),
                Env.get("EGOV_DVCQG_API_PATH", "api"),
                Env.required("EGOV_DVCQG_USERNAME", "EGOV_DVCQG_ENDPOINT"),
                Env.required("EGOV_DVCQG_PASSWORD", "EGOV_DVCQG_ENDPOINT"),
                dst,
                Env.get("EGOV_DVCQG_AGENCY_CODE", dst),
                Env.required("EGOV_DVCQG_PROCEDURE_CODE", "EGOV_DVCQG_ENDPOINT"),
                Env.get("EGOV_DVCQG_TECHID_NUMBER"),
                Env.get("EGOV_DVCQG_TECHID"),
                null));
    }

    @Override
    public String toString() {
        return "PortalTarget[" + endpoint + ", user=" + username + ", password=****, dstcode=" + dstCode + ", agency="
                + agencyCode + ", procedure=" + procedureCode + "]";
    }
}
