package io.github.egovsdk.samples.onestop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxCitizen;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sample started as configured (egov.sandbox.enabled=true), driven over real HTTP like a front desk. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OneStopApplicationTest {
    @LocalServerPort
    int port;

    @Autowired
    EgovSandbox sandbox;

    @Autowired
    PortalClient portal;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/dossiers"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String dossier(String personalId, String name, String dob) {
        return "{\"procedureCode\":\"1.001234\",\"personalId\":\"" + personalId + "\",\"fullName\":\"" + name
                + "\",\"dateOfBirth\":\"" + dob + "\",\"summary\":\"Cấp bản sao trích lục khai sinh\"}";
    }

    @Test
    void receive_whenCitizenConfirmed_syncsToPortalAndStartsPayment() throws Exception {
        SandboxCitizen c = sandbox.citizens().get(0);
        HttpResponse<String> r =
                post(dossier(c.personalId(), c.fullName(), c.dateOfBirth().toString()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String code = r.body().replaceAll(".*\"dossierCode\":\"([^\"]+)\".*", "$1");
        assertThat(code).startsWith("000.00.00.H27-");
        assertThat(r.body()).contains("\"paymentUrl\":\"" + sandbox.baseUrl());
        assertThat(portal.lookup(code)).isPresent();
    }

    @Test
    void receive_whenPopulationDbDoesNotConfirm_answers422() throws Exception {
        SandboxCitizen c = sandbox.citizens().get(0);
        HttpResponse<String> r =
                post(dossier(c.personalId(), "Người Khác Tên", c.dateOfBirth().toString()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("population database did not confirm");
    }

    @Test
    void health_withSandboxUp_reportsEveryServiceUp() throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/egov"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body())
                .contains("\"status\":\"UP\"")
                .contains("\"portal\"")
                .contains("\"payment\"")
                .doesNotContain(EgovSandbox.PORTAL_PASSWORD);
    }
}
