package io.github.egovsdk.testkit.contract;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where {@link IdentityContract} runs: the portal SSO issuer, the VNeID SSO, the population-DB adapter, the OAuth
 * clients registered there, and one test citizen known to all three. Vendors describe their staging services with
 * environment variables ({@link #fromEnvironment()}).
 *
 * @param ssoIssuer           portal SSO issuer base (discovery is read below it)
 * @param ssoClientId         client registered at the portal SSO
 * @param ssoClientSecret     its secret
 * @param vneidEndpoint       VNeID SSO base URL
 * @param vneidClientId       client registered at VNeID
 * @param vneidClientSecret   its secret
 * @param redirectUri         the callback URL registered for both clients
 * @param populationEndpoint  the population-DB adapter base URL
 * @param populationService   {@code MaDVC} sent with population checks
 * @param citizenId           the test citizen's 12-digit personal ID
 * @param citizenName         their full name, with diacritics
 * @param citizenBirthDate    their date of birth
 */
public record IdentityTarget(
        URI ssoIssuer,
        String ssoClientId,
        String ssoClientSecret,
        URI vneidEndpoint,
        String vneidClientId,
        String vneidClientSecret,
        URI redirectUri,
        URI populationEndpoint,
        String populationService,
        String citizenId,
        String citizenName,
        LocalDate citizenBirthDate) {

    @Override
    public String toString() {
        return "IdentityTarget[" + ssoIssuer + ", " + vneidEndpoint + ", " + populationEndpoint + "]";
    }

    /**
     * Reads {@code EGOV_SSO_ISSUER}, {@code EGOV_SSO_CLIENT_ID}, {@code EGOV_SSO_CLIENT_SECRET},
     * {@code EGOV_VNEID_ENDPOINT}, {@code EGOV_VNEID_CLIENT_ID}, {@code EGOV_VNEID_CLIENT_SECRET},
     * {@code EGOV_LOGIN_REDIRECT_URI}, {@code EGOV_POPULATION_ENDPOINT}, {@code EGOV_POPULATION_SERVICE},
     * {@code EGOV_TEST_CITIZEN_ID}, {@code EGOV_TEST_CITIZEN_NAME}, {@code EGOV_TEST_CITIZEN_BIRTH_DATE}
     * (yyyy-MM-dd); empty when {@code EGOV_SSO_ISSUER} is unset.
     */
    public static Optional<IdentityTarget> fromEnvironment() {
        String issuer = System.getenv("EGOV_SSO_ISSUER");
        if (issuer == null || issuer.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new IdentityTarget(
                URI.create(issuer),
                env("EGOV_SSO_CLIENT_ID"),
                env("EGOV_SSO_CLIENT_SECRET"),
                URI.create(env("EGOV_VNEID_ENDPOINT")),
                env("EGOV_VNEID_CLIENT_ID"),
                env("EGOV_VNEID_CLIENT_SECRET"),
                URI.create(env("EGOV_LOGIN_REDIRECT_URI")),
                URI.create(env("EGOV_POPULATION_ENDPOINT")),
                env("EGOV_POPULATION_SERVICE"),
                env("EGOV_TEST_CITIZEN_ID"),
                env("EGOV_TEST_CITIZEN_NAME"),
                LocalDate.parse(env("EGOV_TEST_CITIZEN_BIRTH_DATE"))));
    }

    private static String env(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(
                    "Environment variable " + name + " is required when EGOV_SSO_ISSUER" + " is set");
        }
        return v;
    }
}
