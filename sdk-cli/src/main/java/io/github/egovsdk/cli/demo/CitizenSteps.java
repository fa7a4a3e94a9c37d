package io.github.egovsdk.cli.demo;

import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.core.vn.PersonalIdNumber;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxCitizen;
import io.github.egovsdk.vneid.login.LoginRequest;
import io.github.egovsdk.vneid.login.VerifiedIdentity;
import io.github.egovsdk.vneid.login.VneidLoginClient;
import io.github.egovsdk.vneid.population.CitizenQuery;
import io.github.egovsdk.vneid.population.CitizenVerification;
import io.github.egovsdk.vneid.population.LookupContext;
import io.github.egovsdk.vneid.population.PopulationDbClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Demo step: a citizen logs in through the sandbox VNeID with sdk-vneid's {@link VneidLoginClient} (level 2
 * required), and {@link PopulationDbClient} checks their number, name and birth date against the sandbox
 * population DB (audited without personal data).
 */
final class CitizenSteps {
    static final URI CALLBACK = URI.create("http://127.0.0.1/motcua/vneid/callback");

    private CitizenSteps() {}

    static String login(DemoContext c) throws Exception {
        EgovSandbox s = AxisSteps.sandbox(c);
        SandboxCitizen citizen = s.citizens().get(0);
        VerifiedIdentity who;
        try (VneidLoginClient vneid = VneidLoginClient.builder()
                .endpoint(s.vneidEndpoint())
                .clientId(EgovSandbox.VNEID_CLIENT_ID)
                .clientSecret(EgovSandbox.VNEID_CLIENT_SECRET)
                .redirectUri(CALLBACK)
                .minimumLevel(2)
                .build()) {
            LoginRequest login = vneid.startLogin();
            String callback = browser(URI.create(login.authorizationUri() + "&login_hint=" + citizen.personalId()));
            who = vneid.completeLogin(login, callback);
        }
        PersonalIdNumber id =
                who.personalId().orElseThrow(() -> new IllegalStateException("VNeID returned no personal ID number"));
        c.detail("VNeID: tài khoản mức " + who.assuranceLevel() + " / account level " + who.assuranceLevel()
                + "; số định danh / ID " + Redactor.maskPersonalId(id.value()));
        CitizenVerification check;
        try (PopulationDbClient population = PopulationDbClient.builder()
                .endpoint(s.populationEndpoint())
                .integrationCode("037")
                .serviceCode("DEMO-1.000001")
                .auditHook(r -> c.detail("nhật ký / audit: "
                        + r.requestedBy() + ", " + r.purpose() + ", " + r.outcome()
                        + " (không lưu dữ liệu cá nhân / no personal data)"))
                .build()) {
            check = population.verify(
                    CitizenQuery.byPersonalId(
                            id.value(), who.fullName(), who.dateOfBirth().orElse(null)),
                    new LookupContext("MOTCUA-01", "tiếp nhận hồ sơ một cửa"));
        }
        if (!check.matches()) {
            throw new IllegalStateException("The population DB did not confirm the citizen");
        }
        c.detail("CSDL dân cư / population DB: khớp số, họ tên, ngày sinh / number, name and birth date match ("
                + Redactor.maskPersonalId(id.value()) + ")");
        c.put("citizen", citizen);
        c.put("citizenId", id);
        return "đăng nhập VNeID mức 2, đã xác thực với CSDL dân cư / VNeID level-2 login, verified against the"
                + " population DB";
    }

    /** The citizen's browser: to VNeID (the sandbox logs in the hinted citizen) and back to our callback. */
    private static String browser(URI authorization) throws Exception {
        HttpResponse<Void> r = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(HttpRequest.newBuilder(authorization).build(), HttpResponse.BodyHandlers.discarding());
        return r.headers()
                .firstValue("Location")
                .orElseThrow(
                        () -> new IllegalStateException("VNeID did not redirect back (HTTP " + r.statusCode() + ")"));
    }
}
