package io.github.egovsdk.testkit.contract;

import io.github.egovsdk.core.auth.RequestSigner;
import io.github.egovsdk.core.gateway.Gateway;
import io.github.egovsdk.core.gateway.GatewayAuth;
import io.github.egovsdk.core.gateway.GatewayPaths;
import io.github.egovsdk.core.gateway.LgspKeys;
import io.github.egovsdk.vneid.population.PopulationSoapDialect;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where {@link LgspContract} runs: one or more gateway routes to the population database, the codes the database
 * expects, and a test citizen it knows. Vendors describe their staging LGSP with environment variables
 * ({@link #fromEnvironment()}).
 *
 * @param gateways        the routes to test (each auth style the LGSP offers)
 * @param dialect         the population-DB element naming the endpoint wants
 * @param integrationCode {@code MaTichHop}
 * @param serviceCode     {@code MaDVC} (or {@code MaDichVu})
 * @param officer         {@code MaCanBo}
 * @param citizenId       the test citizen's 12-digit personal ID
 * @param citizenName     their full name
 * @param citizenBirthDate their date of birth
 */
public record LgspTarget(
        List<Gateway> gateways,
        PopulationSoapDialect dialect,
        String integrationCode,
        String serviceCode,
        String officer,
        String citizenId,
        String citizenName,
        LocalDate citizenBirthDate) {

    @Override
    public String toString() {
        return "LgspTarget[" + gateways.size() + " routes]";
    }

    /**
     * Reads {@code EGOV_LGSP_BASE} (the gateway's base URL; unset = no target), {@code EGOV_LGSP_STYLE} ({@code A},
     * {@code B}, {@code C}, {@code D}, {@code E} or {@code G}) and its credentials — {@code EGOV_LGSP_TOKEN_URL},
     * {@code EGOV_LGSP_ACCESS_KEY}, {@code EGOV_LGSP_SECRET_KEY}, {@code EGOV_LGSP_APP_NAME},
     * {@code EGOV_LGSP_PARTNER_CODE} (A, C); {@code EGOV_LGSP_CLIENT_ID}, {@code EGOV_LGSP_CLIENT_SECRET} (B);
     * {@code EGOV_LGSP_USER}, {@code EGOV_LGSP_PASSWORD} (D, E); {@code EGOV_LGSP_XROAD_CLIENT},
     * {@code EGOV_LGSP_API_KEY} (E); {@code EGOV_LGSP_TOKEN} (G) — {@code EGOV_LGSP_PATHS} ({@code Op=path,…}),
     * {@code EGOV_POPULATION_DIALECT} ({@code STANDARD} or {@code NDXP_MOCK}), {@code
     * EGOV_POPULATION_INTEGRATION_CODE}, {@code EGOV_POPULATION_SERVICE}, {@code EGOV_POPULATION_OFFICER}, and the test
     * citizen {@code EGOV_TEST_CITIZEN_ID}, {@code EGOV_TEST_CITIZEN_NAME}, {@code EGOV_TEST_CITIZEN_BIRTH_DATE}
     * (yyyy-MM-dd).
     */
    public static Optional<LgspTarget> fromEnvironment() {
        String base = Env.get("EGOV_LGSP_BASE");
        if (base == null) {
            return Optional.empty();
        }
        String why = "EGOV_LGSP_BASE";
        String style = Env.required("EGOV_LGSP_STYLE", why);
        RequestSigner auth =
                switch (style) {
                    case "A" ->
                        GatewayAuth.builder()
                                .lgspAccessToken(URI.create(Env.required("EGOV_LGSP_TOKEN_URL", why)), keys(why));
                    case "B" ->
                        GatewayAuth.builder()
                                .clientCredentials(
                                        URI.create(Env.required("EGOV_LGSP_TOKEN_URL", why)),
                                        Env.required("EGOV_LGSP_CLIENT_ID", why),
                                        Env.required("EGOV_LGSP_CLIENT_SECRET", why));
                    case "C" -> GatewayAuth.base64JsonAuthorization(keys(why));
                    case "D" ->
                        GatewayAuth.builder()
                                .authHeaderToken(
                                        URI.create(Env.required("EGOV_LGSP_TOKEN_URL", why)),
                                        Env.required("EGOV_LGSP_USER", why),
                                        Env.required("EGOV_LGSP_PASSWORD", why));
                    case "E" ->
                        GatewayAuth.builder()
                                .xRoad(
                                        Env.required("EGOV_LGSP_USER", why),
                                        Env.required("EGOV_LGSP_PASSWORD", why),
                                        Env.get("EGOV_LGSP_XROAD_CLIENT"),
                                        Env.get("EGOV_LGSP_API_KEY"));
                    case "G" -> GatewayAuth.staticBearer(Env.required("EGOV_LGSP_TOKEN", why));
                    default -> throw new IllegalStateException("EGOV_LGSP_STYLE must be A, B, C, D, E or G");
                };
        GatewayPaths paths = GatewayPaths.byServiceName();
        for (String pair : Env.get("EGOV_LGSP_PATHS", "").split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                paths = paths.with(
                        pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        PopulationSoapDialect dialect = "NDXP_MOCK".equals(Env.get("EGOV_POPULATION_DIALECT"))
                ? PopulationSoapDialect.NDXP_MOCK
                : PopulationSoapDialect.STANDARD;
        return Optional.of(new LgspTarget(
                List.of(Gateway.builder()
                        .baseUri(base)
                        .paths(paths)
                        .credentials(auth)
                        .build()),
                dialect,
                Env.required("EGOV_POPULATION_INTEGRATION_CODE", why),
                Env.required("EGOV_POPULATION_SERVICE", why),
                Env.required("EGOV_POPULATION_OFFICER", why),
                Env.required("EGOV_TEST_CITIZEN_ID", why),
                Env.required("EGOV_TEST_CITIZEN_NAME", why),
                LocalDate.parse(Env.required("EGOV_TEST_CITIZEN_BIRTH_DATE", why))));
    }

    private static LgspKeys keys(String why) {
        return new LgspKeys(
                Env.required("EGOV_LGSP_ACCESS_KEY", why),
                Env.required("EGOV_LGSP_SECRET_KEY", why),
                Env.get("EGOV_LGSP_APP_NAME", ""),
                Env.get("EGOV_LGSP_PARTNER_CODE", ""),
                "");
    }
}
