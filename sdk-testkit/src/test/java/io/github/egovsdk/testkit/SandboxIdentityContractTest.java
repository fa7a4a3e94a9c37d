package io.github.egovsdk.testkit;

import io.github.egovsdk.testkit.contract.IdentityContract;
import io.github.egovsdk.testkit.contract.IdentityTarget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;

/** Our CI runs the identity contract suite against the embedded sandbox. */
@EgovSandboxTest
class SandboxIdentityContractTest extends IdentityContract {
    private static final SandboxCitizen CITIZEN = SandboxCitizen.ALL.get(0);
    private IdentityTarget target;

    @BeforeEach
    void target(EgovSandbox sandbox) {
        target = new IdentityTarget(
                sandbox.ssoIssuer(),
                EgovSandbox.SSO_CLIENT_ID,
                EgovSandbox.SSO_CLIENT_SECRET,
                sandbox.vneidEndpoint(),
                EgovSandbox.VNEID_CLIENT_ID,
                EgovSandbox.VNEID_CLIENT_SECRET,
                URI.create("http://127.0.0.1/callback"),
                sandbox.populationEndpoint(),
                "SANDBOX-1.000001",
                CITIZEN.personalId(),
                CITIZEN.fullName(),
                CITIZEN.dateOfBirth());
    }

    @Override
    protected IdentityTarget target() {
        return target;
    }

    /** The sandbox logs in the hinted citizen at once and redirects back. */
    @Override
    protected String browserLogin(URI authorizationUri) throws Exception {
        HttpResponse<Void> r = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(authorizationUri + "&login_hint=" + CITIZEN.personalId()))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        return r.headers().firstValue("Location").orElseThrow();
    }
}
