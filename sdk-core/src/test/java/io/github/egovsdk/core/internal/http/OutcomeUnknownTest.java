package io.github.egovsdk.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.config.Timeouts;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.RequestBody;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A failed non-idempotent call says whether it may have reached the service, instead of inviting a resend. */
class OutcomeUnknownTest {
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

    private DefaultHttpPipeline pipeline(String baseUrl) {
        ClientConfig config = ClientConfig.builder()
                .endpoint(baseUrl)
                .retryPolicy(RetryPolicy.defaults())
                .timeouts(Timeouts.DEFAULT.withResponse(Duration.ofMillis(800)).withConnect(Duration.ofSeconds(1)))
                .build();
        return new DefaultHttpPipeline(config, null, d -> {});
    }

    private static HttpRequest sendDocument(String baseUrl, boolean withKey) {
        HttpRequest.Builder b = HttpRequest.builder(HttpMethod.POST, URI.create(baseUrl + "/sendEdoc"))
                .body(RequestBody.ofString("<edXML/>", "application/xml"));
        if (withKey) {
            b.idempotencyKey("k-1");
        }
        return b.build();
    }

    @Test
    void send_whenNonIdempotentRequestWasWrittenThenReset_reportsOutcomeUnknownAndNotRetryable() {
        server.stubFor(post(urlEqualTo("/sendEdoc")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (DefaultHttpPipeline p = pipeline(server.baseUrl())) {
            EgovTransportException e = catchThrowableOfType(
                    EgovTransportException.class,
                    () -> p.send(sendDocument(server.baseUrl(), false)).close());
            assertThat(e.outcomeUnknown()).isTrue();
            assertThat(e.isRetryable()).isFalse();
            assertThat(e).hasMessageContaining("outcome unknown");
        }
        server.verify(1, postRequestedFor(urlEqualTo("/sendEdoc")));
    }

    @Test
    void send_whenNonIdempotentRequestTimesOutWaitingForTheAnswer_reportsOutcomeUnknown() {
        server.stubFor(post(urlEqualTo("/sendEdoc"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
        try (DefaultHttpPipeline p = pipeline(server.baseUrl())) {
            EgovTransportException e = catchThrowableOfType(
                    EgovTransportException.class,
                    () -> p.send(sendDocument(server.baseUrl(), false)).close());
            assertThat(e.outcomeUnknown()).isTrue();
            assertThat(e.isRetryable()).isFalse();
        }
    }

    @Test
    void send_whenNothingListens_saysNothingWasSent() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String closed = "http://127.0.0.1:" + port;
        try (DefaultHttpPipeline p = pipeline(closed)) {
            EgovTransportException e =
                    catchThrowableOfType(EgovTransportException.class, () -> p.send(sendDocument(closed, false))
                            .close());
            assertThat(e.outcomeUnknown()).isFalse();
            assertThat(e.isRetryable()).isTrue();
        }
    }

    @Test
    void send_whenTheRequestCarriesAnIdempotencyKey_retriesAndStaysRetryable() {
        server.stubFor(post(urlEqualTo("/sendEdoc")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (DefaultHttpPipeline p = pipeline(server.baseUrl())) {
            EgovTransportException e = catchThrowableOfType(
                    EgovTransportException.class,
                    () -> p.send(sendDocument(server.baseUrl(), true)).close());
            assertThat(e.outcomeUnknown()).isTrue();
            assertThat(e.isRetryable()).isTrue();
        }
        server.verify(4, postRequestedFor(urlEqualTo("/sendEdoc")));
    }
}
