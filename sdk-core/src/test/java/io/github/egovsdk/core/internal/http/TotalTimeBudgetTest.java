package io.github.egovsdk.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.config.Timeouts;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Timeouts.total} bounds the whole call, body reads included, against a real loopback server that dribbles its
 * body or answers slowly. Bounds are the budget plus a margin for a loaded machine, far below what the call took
 * before the budget was enforced (13.3 s and 5.9 s for these two cases).
 */
class TotalTimeBudgetTest {
    private static final long MARGIN_MS = 1500;
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

    private DefaultHttpPipeline pipeline(RetryPolicy policy, Timeouts timeouts) {
        ClientConfig config = ClientConfig.builder()
                .endpoint(server.baseUrl())
                .retryPolicy(policy)
                .timeouts(timeouts)
                .build();
        return new DefaultHttpPipeline(config, null, Sleeper.REAL);
    }

    @Test
    void bodyAsString_whenBodyIsDribbledPastTheBudget_failsByTheDeadline() {
        // 8 chunks over 8 s: every read returns within the 3 s read timeout, only the total budget can stop it
        server.stubFor(get(urlEqualTo("/slow"))
                .willReturn(
                        aResponse().withStatus(200).withBody("x".repeat(800)).withChunkedDribbleDelay(8, 8_000)));
        try (DefaultHttpPipeline p = pipeline(
                RetryPolicy.none(),
                new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(4)))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> {
                        try (HttpResponse r = p.send(HttpRequest.builder(HttpMethod.GET, uri("/slow"))
                                .build())) {
                            r.bodyAsString(1 << 20);
                        }
                    })
                    .isInstanceOf(EgovTransportException.class)
                    .hasMessageContaining("Timeouts.total");
            assertThat(elapsedMs(start)).isBetween(3_500L, 4_000L + MARGIN_MS);
        }
    }

    @Test
    void send_whenRetryStartsJustBeforeTheDeadline_endsByTheDeadline() {
        // each attempt: a 503 after 2.9 s; the retry starts at ~3.1 s with a 3 s response timeout but 0.9 s left
        server.stubFor(
                get(urlEqualTo("/busy")).willReturn(aResponse().withStatus(503).withFixedDelay(2_900)));
        RetryPolicy policy = RetryPolicy.builder()
                .maxAttempts(3)
                .baseDelay(Duration.ofMillis(100))
                .maxDelay(Duration.ofMillis(200))
                .build();
        try (DefaultHttpPipeline p =
                pipeline(policy, new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(4)))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> p.send(HttpRequest.builder(HttpMethod.GET, uri("/busy"))
                                    .build())
                            .close())
                    .isInstanceOfAny(EgovTransportException.class, EgovServiceException.class);
            assertThat(elapsedMs(start)).isLessThan(4_000L + MARGIN_MS);
        }
        server.verify(2, getRequestedFor(urlEqualTo("/busy")));
    }

    @Test
    void send_whenTheBodyIsReadWithinTheBudget_returnsItWhole() throws Exception {
        server.stubFor(get(urlEqualTo("/ok"))
                .willReturn(
                        aResponse().withStatus(200).withBody("{\"ok\":true}").withChunkedDribbleDelay(3, 300)));
        try (DefaultHttpPipeline p = pipeline(
                        RetryPolicy.none(),
                        new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(4)));
                HttpResponse r =
                        p.send(HttpRequest.builder(HttpMethod.GET, uri("/ok")).build())) {
            assertThat(r.bodyAsString(1024)).isEqualTo("{\"ok\":true}");
        }
    }

    private URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
