package io.github.egovsdk.core.privacy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.auth.OAuth2ClientCredentials;
import io.github.egovsdk.core.auth.VxpHmacSigner;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.RequestBody;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs calls with wire logging at DEBUG and asserts that nothing secret or personal reaches the log. */
class WireLoggingNoLeakTest {
    private static final String PERSONAL_ID = "001099012345";
    private static final String CMND = "123456789";
    private static final String VXP_SECRET = "vxp-secret-Zq9";
    private static final String CLIENT_SECRET = "client-secret-Wk2";
    private static final String ACCESS_TOKEN = "tok-Lp0-very-long-access-token";

    @Test
    void send_whenWireLoggingAtDebug_logsNoPersonalIdTokenOrSecret() throws Exception {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            server.stubFor(post(urlEqualTo("/token"))
                    .willReturn(
                            aResponse().withBody("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3600}")));
            server.stubFor(post(urlPathEqualTo("/population/verify"))
                    .willReturn(aResponse()
                            .withStatus(422)
                            .withHeader("X-Request-Id", "r-1")
                            .withBody("{\"code\":\"NOT_FOUND\",\"message\":\"Không tìm thấy công dân " + PERSONAL_ID
                                    + " (CMND " + CMND + ")\"}")));
            server.stubFor(any(urlPathEqualTo("/getReceivedEdocList"))
                    .willReturn(aResponse().withBody("{\"status\":\"OK\"}")));
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));

            try (OAuth2ClientCredentials oauth = OAuth2ClientCredentials.builder()
                            .tokenEndpoint(server.baseUrl() + "/token")
                            .clientId("gw")
                            .clientSecret(CLIENT_SECRET)
                            .build();
                    HttpPipeline population = HttpPipeline.create(ClientConfig.builder()
                            .endpoint(server.baseUrl())
                            .credentials(oauth)
                            .wireLogging(true)
                            .retryPolicy(RetryPolicy.none())
                            .build());
                    HttpPipeline axis = HttpPipeline.create(ClientConfig.builder()
                            .endpoint(server.baseUrl())
                            .credentials(new VxpHmacSigner("vxp.saas.02", VXP_SECRET))
                            .wireLogging(true)
                            .build())) {
                assertThatThrownBy(() -> population.send(HttpRequest.builder(
                                        HttpMethod.POST,
                                        URI.create(server.baseUrl() + "/population/verify?soDinhDanh=" + PERSONAL_ID))
                                .body(RequestBody.ofString(
                                        "{\"soDinhDanh\":\"" + PERSONAL_ID + "\"}", "application/json"))
                                .build()))
                        .isInstanceOfSatisfying(EgovServiceException.class, e -> {
                            assertThat(e.getMessage())
                                    .doesNotContain(PERSONAL_ID)
                                    .contains("001******345");
                            assertThat(e.bodyExcerpt().orElseThrow()).doesNotContain(PERSONAL_ID, CMND);
                        });
                axis.send(HttpRequest.builder(HttpMethod.POST, URI.create(server.baseUrl() + "/getReceivedEdocList"))
                                .header("XroadVnpt-servicetype", "eDoc")
                                .header("Content-Type", "application/json")
                                .build())
                        .close();
            }
        } finally {
            System.setErr(originalErr);
            server.stop();
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("--> POST", "<-- 422", "XroadVnpt-hash-header: <hidden>");
        assertThat(log).doesNotContain(PERSONAL_ID, CMND, VXP_SECRET, CLIENT_SECRET, ACCESS_TOKEN);
        assertThat(log).doesNotContainPattern("XroadVnpt-hash-header: [0-9a-f]{64}");
    }
}
