package io.github.egovsdk.core.observation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.PolicyPosition;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;

class ObservationTest {
    private WireMockServer server;
    private final List<ObservationContext> started = new ArrayList<>();
    private final List<OperationResult> stopped = new ArrayList<>();
    private final ObservationHandler recorder = context -> {
        started.add(context);
        return stopped::add;
    };

    /** slf4j-simple (the tests' provider) keeps no MDC: give the tests a working one, as logback or log4j would. */
    @BeforeAll
    static void workingMdc() throws ReflectiveOperationException {
        if (MDC.getMDCAdapter() instanceof NOPMDCAdapter) {
            Method set = MDC.class.getDeclaredMethod("setMDCAdapter", MDCAdapter.class);
            set.setAccessible(true);
            set.invoke(null, new BasicMDCAdapter());
        }
    }

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpPipeline pipeline(ClientConfig.Builder b) {
        return HttpPipeline.create(b.endpoint(server.baseUrl())
                .serviceName("PortalClient")
                .observationHandler(recorder)
                .retryPolicy(RetryPolicy.builder()
                        .maxAttempts(2)
                        .baseDelay(Duration.ofMillis(1))
                        .build())
                .build());
    }

    @Test
    void send_whenServiceErrs_reportsOutcomeStatusCodeAttemptsAndNoPersonalData() {
        server.stubFor(get(urlPathEqualTo("/citizens/001099012345"))
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"errorCode\":\"BUSY\",\"message\":\"x\"}")));
        HttpRequest request = HttpRequest.builder(
                        HttpMethod.GET, URI.create(server.baseUrl() + "/citizens/001099012345?token=abc"))
                .operation("lookupCitizen")
                .build();
        try (HttpPipeline pipeline = pipeline(ClientConfig.builder())) {
            assertThatThrownBy(() -> pipeline.send(request)).isInstanceOf(EgovServiceException.class);
        }
        assertThat(started).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("egov.http.client");
            assertThat(c.service()).isEqualTo("PortalClient");
            assertThat(c.operation()).isEqualTo("lookupCitizen");
            assertThat(c.attributes())
                    .containsEntry("http.request.method", "GET")
                    .containsEntry("server.address", "localhost")
                    .containsEntry("server.port", Integer.toString(server.port()));
            assertThat(c.toString()).doesNotContain("001099012345", "token", "citizens");
        });
        assertThat(stopped).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.SERVICE_ERROR);
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.errorCode()).isEqualTo("BUSY");
            assertThat(r.attempts()).isEqualTo(2);
            assertThat(r.duration()).isPositive();
        });
    }

    @Test
    void send_duringCall_setsMdcKeysAndRestoresThemAfter() {
        server.stubFor(get(urlPathEqualTo("/ok")).willReturn(aResponse().withStatus(200)));
        Map<String, String> seen = new HashMap<>();
        MDC.put(EgovMdc.SERVICE, "outer");
        try (HttpPipeline pipeline = pipeline(ClientConfig.builder()
                        .addPolicy(
                                (r, chain) -> {
                                    seen.putAll(MDC.getCopyOfContextMap());
                                    return chain.proceed(r);
                                },
                                PolicyPosition.PER_RETRY));
                EgovMdc.Scope doc = EgovMdc.documentId("001099012345.2026");
                HttpResponse response =
                        pipeline.send(HttpRequest.builder(HttpMethod.GET, URI.create(server.baseUrl() + "/ok"))
                                .build())) {
            assertThat(response.statusCode()).isEqualTo(200);
        } finally {
            assertThat(MDC.get(EgovMdc.SERVICE)).isEqualTo("outer");
            MDC.remove(EgovMdc.SERVICE);
        }
        assertThat(seen)
                .containsEntry(EgovMdc.SERVICE, "PortalClient")
                .containsEntry(EgovMdc.OPERATION, "GET")
                .containsEntry(EgovMdc.DOCUMENT_ID, "001******345.2026")
                .containsKey(EgovMdc.REQUEST_ID);
        assertThat(MDC.get(EgovMdc.REQUEST_ID)).isNull();
        assertThat(MDC.get(EgovMdc.DOCUMENT_ID)).isNull();
        assertThat(stopped).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.attempts()).isEqualTo(1);
        });
    }

    @Test
    void observe_globalHandler_seesOperationAndFailingHandlerNeverFailsIt() throws Exception {
        try (EgovObservations.Registration a = EgovObservations.register(recorder);
                EgovObservations.Registration b = EgovObservations.register(c -> {
                    throw new IllegalStateException("broken handler");
                })) {
            String value = EgovObservations.observe(
                    ObservationContext.of(ObservationContext.SIGN, "pades", "sign"), () -> "signed");
            assertThat(value).isEqualTo("signed");
            assertThatThrownBy(() -> EgovObservations.observe(
                            ObservationContext.of(ObservationContext.VERIFY, "pades", "verify"), () -> {
                                throw new EgovClientException("bad input");
                            }))
                    .hasMessage("bad input");
        }
        assertThat(started)
                .extracting(ObservationContext::name)
                .containsExactly("egov.signature.sign", "egov.signature.verify");
        assertThat(stopped).extracting(OperationResult::outcome).containsExactly(Outcome.SUCCESS, Outcome.CLIENT_ERROR);
        assertThat(stopped.get(1).errorCode()).isEqualTo("EgovClientException");
        assertThat(EgovObservations.anyRegistered()).isFalse();
    }
}
