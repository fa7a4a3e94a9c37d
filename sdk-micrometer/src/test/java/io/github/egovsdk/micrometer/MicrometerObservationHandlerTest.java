package io.github.egovsdk.micrometer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.observation.EgovObservations;
import io.github.egovsdk.core.observation.ObservationContext;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MicrometerObservationHandlerTest {
    private WireMockServer server;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ObservationRegistry registry = ObservationRegistry.create();

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpPipeline pipeline() {
        return HttpPipeline.create(ClientConfig.builder()
                .endpoint(server.baseUrl())
                .serviceName("PortalClient")
                .observationHandler(new MicrometerObservationHandler(registry))
                .retryPolicy(RetryPolicy.builder()
                        .maxAttempts(3)
                        .baseDelay(Duration.ofMillis(1))
                        .build())
                .build());
    }

    @Test
    void send_when503Thrice_timerTaggedWithServiceOutcomeStatusAttempts() {
        server.stubFor(get(urlPathEqualTo("/citizens/001099012345"))
                .willReturn(aResponse().withStatus(503)));
        try (HttpPipeline pipeline = pipeline()) {
            HttpRequest request = HttpRequest.builder(
                            HttpMethod.GET, URI.create(server.baseUrl() + "/citizens/001099012345"))
                    .operation("lookupCitizen")
                    .build();
            assertThatThrownBy(() -> pipeline.send(request)).isInstanceOf(EgovServiceException.class);
        }
        Timer timer = meters.get("egov.http.client")
                .tag("egov.service", "PortalClient")
                .tag("egov.operation", "lookupCitizen")
                .tag("outcome", "SERVICE_ERROR")
                .tag("status", "503")
                .tag("egov.error.code", "HTTP_503")
                .tag("error", "EgovServiceException")
                .tag("egov.attempts", "3")
                .tag("http.request.method", "GET")
                .tag("server.address", "localhost")
                .timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive();
        for (Meter m : meters.getMeters()) {
            for (Tag t : m.getId().getTags()) {
                assertThat(t.getValue()).doesNotContain("001099012345").doesNotContain("citizens");
            }
        }
    }

    @Test
    void send_whenOk_successTagsAndNoErrorOnTheTimer() throws Exception {
        server.stubFor(get(urlPathEqualTo("/ok")).willReturn(aResponse().withStatus(200)));
        try (HttpPipeline pipeline = pipeline();
                HttpResponse r = pipeline.send(HttpRequest.builder(HttpMethod.GET, URI.create(server.baseUrl() + "/ok"))
                        .build())) {
            assertThat(r.statusCode()).isEqualTo(200);
        }
        assertThat(meters.get("egov.http.client")
                        .tag("outcome", "SUCCESS")
                        .tag("status", "200")
                        .tag("egov.error.code", "none")
                        .tag("error", "none")
                        .tag("egov.attempts", "1")
                        .tag("egov.operation", "GET")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void registerGlobally_nonHttpOperation_becomesTimerNamedAfterIt() throws Exception {
        try (EgovObservations.Registration r = MicrometerObservationHandler.registerGlobally(registry)) {
            EgovObservations.observe(ObservationContext.of(ObservationContext.SIGN, "pades", "sign"), () -> "ok");
        }
        EgovObservations.observe(ObservationContext.of(ObservationContext.SIGN, "pades", "sign"), () -> "unseen");
        assertThat(meters.get("egov.signature.sign")
                        .tag("egov.service", "pades")
                        .tag("outcome", "SUCCESS")
                        .timer()
                        .count())
                .isEqualTo(1);
    }
}
