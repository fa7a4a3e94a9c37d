package io.github.egovsdk.opentelemetry;

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
import io.github.egovsdk.core.observation.EgovObservations;
import io.github.egovsdk.core.observation.ObservationContext;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenTelemetryObservationHandlerTest {
    private WireMockServer server;
    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
    private OpenTelemetrySdk otel;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        otel = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder()
                        .addSpanProcessor(SimpleSpanProcessor.create(spans))
                        .build())
                .setMeterProvider(
                        SdkMeterProvider.builder().registerMetricReader(metrics).build())
                .build();
    }

    @AfterEach
    void stop() {
        server.stop();
        otel.close();
    }

    @Test
    void send_when503Twice_clientSpanWithSemanticConventionAttributes() {
        server.stubFor(get(urlPathEqualTo("/citizens/001099012345"))
                .willReturn(aResponse().withStatus(503)));
        ClientConfig config = ClientConfig.builder()
                .endpoint(server.baseUrl())
                .serviceName("PopulationDbClient")
                .observationHandler(new OpenTelemetryObservationHandler(otel))
                .retryPolicy(RetryPolicy.builder()
                        .maxAttempts(2)
                        .baseDelay(Duration.ofMillis(1))
                        .build())
                .build();
        try (HttpPipeline pipeline = HttpPipeline.create(config)) {
            HttpRequest request = HttpRequest.builder(
                            HttpMethod.GET, URI.create(server.baseUrl() + "/citizens/001099012345?token=t"))
                    .build();
            assertThatThrownBy(() -> pipeline.send(request)).isInstanceOf(EgovServiceException.class);
        }
        SpanData span = spans.getFinishedSpanItems().get(0);
        assertThat(span.getName()).isEqualTo("GET");
        assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(span.getAttributes().get(AttributeKey.stringKey("http.request.method")))
                .isEqualTo("GET");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("server.address")))
                .isEqualTo("localhost");
        assertThat(span.getAttributes().get(AttributeKey.longKey("server.port")))
                .isEqualTo(server.port());
        assertThat(span.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
                .isEqualTo(503);
        assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type")))
                .isEqualTo("503");
        assertThat(span.getAttributes().get(AttributeKey.longKey("http.request.resend_count")))
                .isEqualTo(1);
        assertThat(span.getAttributes().get(AttributeKey.stringKey("egov.service")))
                .isEqualTo("PopulationDbClient");
        assertThat(span.getAttributes().toString()).doesNotContain("001099012345", "token", "citizens");
        List<MetricData> data = List.copyOf(metrics.collectAllMetrics());
        assertThat(data).extracting(MetricData::getName).contains("http.client.request.duration");
    }

    @Test
    void observe_nonHttpOperation_internalSpanCurrentWhileRunning() throws Exception {
        String[] inside = new String[1];
        try (EgovObservations.Registration r = OpenTelemetryObservationHandler.registerGlobally(otel)) {
            EgovObservations.observe(ObservationContext.of(ObservationContext.VERIFY, "pades", "verify"), () -> {
                inside[0] = Span.current().getSpanContext().getSpanId();
                return null;
            });
        }
        SpanData span = spans.getFinishedSpanItems().get(0);
        assertThat(span.getName()).isEqualTo("egov.signature.verify");
        assertThat(span.getKind()).isEqualTo(SpanKind.INTERNAL);
        assertThat(span.getSpanId()).isEqualTo(inside[0]);
        assertThat(span.getAttributes().get(AttributeKey.stringKey("egov.outcome")))
                .isEqualTo("SUCCESS");
    }
}
