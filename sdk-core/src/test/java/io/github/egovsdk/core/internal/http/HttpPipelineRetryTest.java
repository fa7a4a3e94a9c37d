package io.github.egovsdk.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.config.Timeouts;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpPipelineRetryTest {
    private WireMockServer server;
    private final List<Duration> sleeps = new ArrayList<>();
    private DefaultHttpPipeline pipeline;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        pipeline = pipeline(
                RetryPolicy.builder()
                        .maxAttempts(4)
                        .baseDelay(Duration.ofMillis(10))
                        .build(),
                Timeouts.DEFAULT.withResponse(Duration.ofMillis(500)));
    }

    @AfterEach
    void stop() {
        pipeline.close();
        server.stop();
    }

    private DefaultHttpPipeline pipeline(RetryPolicy policy, Timeouts timeouts) {
        ClientConfig config = ClientConfig.builder()
                .endpoint(server.baseUrl())
                .retryPolicy(policy)
                .timeouts(timeouts)
                .applicationId("motcua-test/1.0")
                .build();
        return new DefaultHttpPipeline(config, null, sleeps::add);
    }

    private URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private void failThenSucceed(String path, ResponseDefinitionBuilder failure, boolean isPost) {
        var first = (isPost ? post(urlEqualTo(path)) : get(urlEqualTo(path)))
                .inScenario(path)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(failure)
                .willSetStateTo("failed");
        var then = (isPost ? post(urlEqualTo(path)) : get(urlEqualTo(path)))
                .inScenario(path)
                .whenScenarioStateIs("failed")
                .willReturn(aResponse().withStatus(200).withBody("ok"));
        server.stubFor(first);
        server.stubFor(then);
    }

    @Test
    void send_when503WithRetryAfter_waitsTheServersDelayThenSucceeds() {
        failThenSucceed("/list", aResponse().withStatus(503).withHeader("Retry-After", "2"), false);

        try (HttpResponse response =
                pipeline.send(HttpRequest.builder(HttpMethod.GET, uri("/list")).build())) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.bodyAsString(100)).isEqualTo("ok");
        }
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
        server.verify(2, getRequestedFor(urlEqualTo("/list")));
    }

    @Test
    void send_when429WithRetryAfterHttpDate_waitsUntilThatDate() {
        String inThreeSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(3));
        failThenSucceed("/rate", aResponse().withStatus(429).withHeader("Retry-After", inThreeSeconds), false);

        pipeline.send(HttpRequest.builder(HttpMethod.GET, uri("/rate")).build()).close();

        assertThat(sleeps).hasSize(1);
        assertThat(sleeps.get(0)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    @Test
    void send_whenConnectionReset_retriesAndSucceeds() {
        failThenSucceed("/reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), false);

        pipeline.send(HttpRequest.builder(HttpMethod.GET, uri("/reset")).build())
                .close();

        server.verify(2, getRequestedFor(urlEqualTo("/reset")));
        assertThat(sleeps).hasSize(1).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(10)));
    }

    @Test
    void send_whenResponseTimesOut_retriesAndSucceeds() {
        failThenSucceed("/slow", aResponse().withStatus(200).withFixedDelay(1500), false);

        pipeline.send(HttpRequest.builder(HttpMethod.GET, uri("/slow")).build()).close();

        server.verify(2, getRequestedFor(urlEqualTo("/slow")));
    }

    @Test
    void send_whenPostWithoutIdempotencyKeyFails_doesNotRetry() {
        failThenSucceed("/submit", aResponse().withStatus(503), true);

        assertThatThrownBy(() -> pipeline.send(HttpRequest.builder(HttpMethod.POST, uri("/submit"))
                        .body(RequestBody.ofString("{}", "application/json"))
                        .build()))
                .isInstanceOf(EgovServiceException.class)
                .satisfies(
                        e -> assertThat(((EgovServiceException) e).statusCode()).isEqualTo(503));
        server.verify(1, postRequestedFor(urlEqualTo("/submit")));
    }

    @Test
    void send_whenPostWithIdempotencyKeyFails_retriesWithTheSameKey() {
        server.stubFor(post(urlEqualTo("/sync"))
                .inScenario("s")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("one"));
        server.stubFor(post(urlEqualTo("/sync"))
                .inScenario("s")
                .whenScenarioStateIs("one")
                .willReturn(aResponse().withStatus(502))
                .willSetStateTo("two"));
        server.stubFor(post(urlEqualTo("/sync"))
                .inScenario("s")
                .whenScenarioStateIs("two")
                .willReturn(aResponse().withStatus(201)));

        try (HttpResponse response = pipeline.send(HttpRequest.builder(HttpMethod.POST, uri("/sync"))
                .body(RequestBody.ofString("{\"maHoSo\":\"H27.01-261123-0001\"}", "application/json"))
                .idempotencyKey("dossier-H27.01-261123-0001")
                .build())) {
            assertThat(response.statusCode()).isEqualTo(201);
        }
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo("/sync")));
        assertThat(requests).hasSize(3);
        assertThat(requests.stream().map(r -> r.getHeader("Idempotency-Key")).collect(Collectors.toSet()))
                .containsExactly("dossier-H27.01-261123-0001");
        assertThat(requests).allSatisfy(r -> assertThat(r.getBodyAsString()).contains("H27.01-261123-0001"));
    }

    @Test
    void send_whenStreamBodyFailsRetryably_explainsWhyItCannotRetry() {
        failThenSucceed("/upload", aResponse().withStatus(503), true);

        assertThatThrownBy(() -> pipeline.send(HttpRequest.builder(HttpMethod.POST, uri("/upload"))
                        .idempotencyKey("k1")
                        .body(RequestBody.ofStream(
                                new ByteArrayInputStream(new byte[10]), 10, "application/octet-stream"))
                        .build()))
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("one-shot stream");
    }

    @Test
    void send_whenAlwaysUnavailable_stopsAfterMaxAttempts() {
        server.stubFor(get(urlEqualTo("/down")).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> pipeline.send(
                        HttpRequest.builder(HttpMethod.GET, uri("/down")).build()))
                .isInstanceOf(EgovServiceException.class);
        server.verify(4, getRequestedFor(urlEqualTo("/down")));
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void send_whenRetryAfterExceedsTotalBudget_givesUpWithoutWaiting() {
        pipeline.close();
        pipeline = pipeline(RetryPolicy.defaults(), Timeouts.DEFAULT.withTotal(Duration.ofSeconds(5)));
        server.stubFor(
                get(urlEqualTo("/later")).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "30")));

        assertThatThrownBy(() -> pipeline.send(
                        HttpRequest.builder(HttpMethod.GET, uri("/later")).build()))
                .isInstanceOf(EgovServiceException.class);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void send_whenServiceErrorInVietnamese_decodesCodeMessageAndRequestId() {
        server.stubFor(get(urlEqualTo("/err"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json; charset=utf-8")
                        .withHeader("X-Request-Id", "req-42")
                        .withBody("{\"ErrorCode\":\"-1\",\"ErrorDesc\":\"Mã hồ sơ không hợp lệ\"}")));

        assertThatThrownBy(() -> pipeline.send(
                        HttpRequest.builder(HttpMethod.GET, uri("/err")).build()))
                .isInstanceOfSatisfying(EgovServiceException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.serviceErrorCode()).contains("-1");
                    assertThat(e.serviceMessage()).contains("Mã hồ sơ không hợp lệ");
                    assertThat(e.requestId()).contains("req-42");
                });
    }

    @Test
    void send_whenNothingListens_throwsRetryableTransportErrorAfterRetries() {
        int port = server.port();
        server.stop();

        assertThatThrownBy(() ->
                        pipeline.send(HttpRequest.builder(HttpMethod.GET, URI.create("http://127.0.0.1:" + port + "/x"))
                                .build()))
                .isInstanceOfSatisfying(EgovTransportException.class, e -> assertThat(e.isRetryable())
                        .isTrue());
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void send_always_setsTheSdkUserAgentWithApplicationId() {
        server.stubFor(get(urlEqualTo("/ua")).willReturn(aResponse().withStatus(204)));

        pipeline.send(HttpRequest.builder(HttpMethod.GET, uri("/ua")).build()).close();

        String ua = server.findAll(getRequestedFor(urlEqualTo("/ua"))).get(0).getHeader("User-Agent");
        assertThat(ua).matches("egov-sdk-java/\\S+ java/\\S+ motcua-test/1.0").doesNotContain("unknown");
    }
}
