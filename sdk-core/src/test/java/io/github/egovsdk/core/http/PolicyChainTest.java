package io.github.egovsdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.auth.RequestSigner;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.config.RetryPolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolicyChainTest {
    private WireMockServer server;
    private final List<String> trace = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private ClientConfig.Builder config() {
        return ClientConfig.builder()
                .endpoint(server.baseUrl())
                .serviceName("TestClient")
                .retryPolicy(RetryPolicy.builder()
                        .maxAttempts(3)
                        .baseDelay(Duration.ofMillis(1))
                        .build());
    }

    private HttpRequest request(String path) {
        return HttpRequest.builder(HttpMethod.GET, URI.create(server.baseUrl() + path))
                .build();
    }

    @Test
    void send_when503ThreeTimes_exceptionCarriesThreeAttempts() {
        server.stubFor(get(urlEqualTo("/busy")).willReturn(aResponse().withStatus(503)));
        try (HttpPipeline pipeline = HttpPipeline.create(config().build())) {
            assertThatThrownBy(() -> pipeline.send(request("/busy")))
                    .isInstanceOfSatisfying(EgovServiceException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(503);
                        assertThat(e.attempts()).isEqualTo(3);
                        assertThat(e.getMessage()).contains("after 3 attempts");
                    });
        }
        server.verify(3, getRequestedFor(urlEqualTo("/busy")));
    }

    @Test
    void send_when503ThenOk_perRetryPolicySeesEveryAttemptAndPerCallPolicyOnce() {
        server.stubFor(get(urlEqualTo("/flaky"))
                .inScenario("s")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("ok"));
        server.stubFor(get(urlEqualTo("/flaky"))
                .inScenario("s")
                .whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody("fine")));
        RequestSigner signer = r -> {
            trace.add("sign sees X-Tenant=" + r.headers().first("X-Tenant").orElse("-"));
            return r.withHeader("Authorization", "Bearer t");
        };
        ClientConfig c = config().credentials(signer)
                .addPolicy(
                        (r, chain) -> {
                            trace.add("call attempt=" + chain.attempt() + " service=" + chain.service());
                            return chain.proceed(r);
                        },
                        PolicyPosition.PER_CALL)
                .addPolicy(
                        (r, chain) -> {
                            HttpResponse response = chain.proceed(r.withHeader("X-Tenant", "hn"));
                            trace.add("retry attempt=" + chain.attempt() + " status=" + response.statusCode());
                            return response;
                        },
                        PolicyPosition.PER_RETRY)
                .build();
        try (HttpPipeline pipeline = HttpPipeline.create(c);
                HttpResponse response = pipeline.send(request("/flaky"))) {
            assertThat(response.statusCode()).isEqualTo(200);
        }
        assertThat(trace)
                .containsExactly(
                        "call attempt=0 service=TestClient",
                        "sign sees X-Tenant=hn",
                        "retry attempt=1 status=503",
                        "sign sees X-Tenant=hn",
                        "retry attempt=2 status=200");
        server.verify(2, getRequestedFor(urlEqualTo("/flaky")).withHeader("X-Tenant", equalTo("hn")));
    }

    @Test
    void send_whenConnectionRefused_transportExceptionCarriesAttempts() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ClientConfig c = config().endpoint("http://127.0.0.1:" + port).build();
        try (HttpPipeline pipeline = HttpPipeline.create(c)) {
            HttpRequest request = HttpRequest.builder(HttpMethod.GET, URI.create("http://127.0.0.1:" + port + "/x"))
                    .build();
            assertThatThrownBy(() -> pipeline.send(request))
                    .isInstanceOfSatisfying(EgovTransportException.class, e -> assertThat(e.attempts())
                            .isEqualTo(3));
        }
    }

    @Test
    void send_throughCallersApacheClient_usesItAndLeavesItOpen() throws Exception {
        server.stubFor(
                get(urlEqualTo("/own")).willReturn(aResponse().withStatus(200).withBody("mine")));
        CloseableHttpClient own = HttpClients.custom().setUserAgent("ignored").build();
        try (own) {
            ClientConfig c = config().httpTransport(HttpTransport.apache(own)).build();
            try (HttpPipeline pipeline = HttpPipeline.create(c);
                    HttpResponse r = pipeline.send(request("/own"))) {
                assertThat(new String(r.body().readAllBytes())).isEqualTo("mine");
            }
            // closing the pipeline left the caller's client usable
            try (HttpPipeline again = HttpPipeline.create(c);
                    HttpResponse r = again.send(request("/own"))) {
                assertThat(r.statusCode()).isEqualTo(200);
            }
        }
        server.verify(2, getRequestedFor(urlEqualTo("/own")).withHeader("User-Agent", containing("egov-sdk")));
    }
}
