package io.github.egovsdk.testkit.contract;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where {@link HealthContract} runs: the Social Security gateway (the training host
 * {@code https://daotaoegw.baohiemxahoi.gov.vn/} takes the same paths), the facility's account, a registered officer
 * and a test patient with a usable card. {@link #toString()} hides the password.
 *
 * @param endpoint         the gateway's base URL
 * @param username         the account ({@code xxxxx_BV} or a registered named user)
 * @param password         its password in clear (the client sends its MD5)
 * @param officerName      a registered officer's full name
 * @param officerId        their personal ID
 * @param cardNumber       the test patient's card number
 * @param personalId       their personal ID
 * @param patientName      their full name
 * @param patientBirthDate their birth date
 */
public record HealthTarget(
        URI endpoint,
        String username,
        String password,
        String officerName,
        String officerId,
        String cardNumber,
        String personalId,
        String patientName,
        LocalDate patientBirthDate) {

    @Override
    public String toString() {
        return "HealthTarget[" + endpoint + ", " + username + ", password=****]";
    }

    /**
     * Reads {@code EGOV_HEALTH_ENDPOINT} (unset = no target), {@code EGOV_HEALTH_USERNAME},
     * {@code EGOV_HEALTH_PASSWORD}, {@code EGOV_HEALTH_OFFICER_NAME}, {@code EGOV_HEALTH_OFFICER_ID},
     * {@code EGOV_HEALTH_TEST_CARD}, {@code EGOV_HEALTH_TEST_PERSONAL_ID}, {@code EGOV_HEALTH_TEST_NAME},
     * {@code EGOV_HEALTH_TEST_BIRTH_DATE} (yyyy-MM-dd).
     */
    public static Optional<HealthTarget> fromEnvironment() {
        String endpoint = Env.get("EGOV_HEALTH_ENDPOINT");
        if (endpoint == null) {
            return Optional.empty();
        }
        String why = "EGOV_HEALTH_ENDPOINT";
        return Optional.of(new HealthTarget(
                URI.create(endpoint),
                Env.required("EGOV_HEALTH_USERNAME", why),
                Env.required("EGOV_HEALTH_PASSWORD", why),
                Env.required("EGOV_HEALTH_OFFICER_NAME", why),
                Env.required("EGOV_HEALTH_OFFICER_ID", why),
                Env.required("EGOV_HEALTH_TEST_CARD", why),
                Env.required("EGOV_HEALTH_TEST_PERSONAL_ID", why),
                Env.required("EGOV_HEALTH_TEST_NAME", why),
                LocalDate.parse(Env.required("EGOV_HEALTH_TEST_BIRTH_DATE", why))));
    }
}
