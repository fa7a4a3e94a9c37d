package io.github.egovsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.auth.VxpHmacSigner;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.testkit.contract.VxpAxisContract;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The VXP contract suite run against the embedded sandbox. */
class SandboxVxpAxisContractTest extends VxpAxisContract {
    static EgovSandbox sandbox;
    static VxpClient a;
    static VxpClient b;
    static VxpClient wrong;

    @BeforeAll
    static void start() {
        sandbox = EgovSandbox.start();
        a = sandbox.axisClient(EgovSandbox.AGENCY_A);
        b = sandbox.axisClient(EgovSandbox.AGENCY_B);
        wrong = VxpClient.builder().endpoint(sandbox.axisEndpoint())
                .credentials(new VxpHmacSigner(EgovSandbox.AGENCY_A.systemId(), "not-the-secret")).build();
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
        wrong.close();
        sandbox.close();
    }

    @Override
    protected VxpClient sender() {
        return a;
    }

    @Override
    protected VxpClient receiver() {
        return b;
    }

    @Override
    protected VxpClient wronglySigned() {
        return wrong;
    }

    @Override
    protected String senderAgency() {
        return EgovSandbox.AGENCY_A.organId();
    }

    @Override
    protected String receiverAgency() {
        return EgovSandbox.AGENCY_B.organId();
    }

    @Test
    void health_always_answers200() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUri() + "__health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
    }
}
