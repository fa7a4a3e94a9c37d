package io.github.egovsdk.core.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuth2ClientCredentialsTest {
    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private void tokenEndpointReturns(String token, int expiresIn) {
        server.stubFor(post(urlEqualTo("/token"))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withHeader("Authorization", equalTo("Basic bGdzcC1jbGllbnQ6czNjcjN0LXZhbHVl"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                                + expiresIn + "}")
                        .withFixedDelay(100)));
    }

    private OAuth2ClientCredentials.Builder credentials() {
        return OAuth2ClientCredentials.builder()
                .tokenEndpoint(server.baseUrl() + "/token")
                .clientId("lgsp-client")
                .clientSecret("s3cr3t-value");
    }

    @Test
    void currentToken_whenManyThreadsAskAtOnce_fetchesOneToken() throws Exception {
        tokenEndpointReturns("tok-AAAAAAAAAAAAAAAAAAAA", 3600);
        try (OAuth2ClientCredentials oauth = credentials().build()) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit((Callable<String>) oauth::currentToken));
            }
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo("tok-AAAAAAAAAAAAAAAAAAAA");
            }
            pool.shutdown();
        }
        server.verify(1, postRequestedFor(urlEqualTo("/token")));
    }

    @Test
    void currentToken_whenCloseToExpiry_refreshesEarly() {
        tokenEndpointReturns("tok-1", 300);
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T01:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        try (OAuth2ClientCredentials oauth =
                credentials().clock(clock).refreshMargin(Duration.ofSeconds(60)).build()) {
            oauth.currentToken();
            now.set(now.get().plusSeconds(200));
            oauth.currentToken();
            server.verify(1, postRequestedFor(urlEqualTo("/token")));
            now.set(now.get().plusSeconds(45)); // 245 s: inside the 60 s margin before expiry at 300 s
            oauth.currentToken();
        }
        server.verify(2, postRequestedFor(urlEqualTo("/token")));
    }

    @Test
    void send_whenServiceAnswers401_retriesOnceWithAFreshToken() {
        server.stubFor(post(urlEqualTo("/token"))
                .inScenario("t")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withBody("{\"access_token\":\"stale-token-1111\",\"expires_in\":3600}"))
                .willSetStateTo("second"));
        server.stubFor(post(urlEqualTo("/token"))
                .inScenario("t")
                .whenScenarioStateIs("second")
                .willReturn(aResponse().withBody("{\"access_token\":\"fresh-token-2222\",\"expires_in\":3600}")));
        server.stubFor(get(urlEqualTo("/api/citizens"))
                .withHeader("Authorization", equalTo("Bearer stale-token-1111"))
                .willReturn(aResponse().withStatus(401)));
        server.stubFor(get(urlEqualTo("/api/citizens"))
                .withHeader("Authorization", equalTo("Bearer fresh-token-2222"))
                .willReturn(aResponse().withStatus(200).withBody("[]")));

        try (OAuth2ClientCredentials oauth = credentials().build();
                HttpPipeline pipeline = HttpPipeline.create(ClientConfig.builder()
                        .endpoint(server.baseUrl())
                        .credentials(oauth)
                        .build());
                HttpResponse response = pipeline.send(
                        HttpRequest.builder(HttpMethod.GET, URI.create(server.baseUrl() + "/api/citizens"))
                                .build())) {
            assertThat(response.statusCode()).isEqualTo(200);
        }
        server.verify(2, getRequestedFor(urlEqualTo("/api/citizens")));
        server.verify(2, postRequestedFor(urlEqualTo("/token")));
    }

    @Test
    void toString_never_showsTheSecret() {
        try (OAuth2ClientCredentials oauth = credentials().build()) {
            assertThat(oauth.toString()).contains("lgsp-client").doesNotContain("s3cr3t-value");
        }
    }
}
