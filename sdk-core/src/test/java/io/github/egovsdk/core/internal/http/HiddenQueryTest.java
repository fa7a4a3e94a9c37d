package io.github.egovsdk.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpRequest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A query string carrying secrets reaches the server exactly as given, while the request HttpClient handles (and
 * its loggers print) shows it redacted; the internal header that carries it is never sent.
 */
class HiddenQueryTest {
    private static final String QUERY = "token=tok-1234567890&id_token=idt-0987654321&username=01001_BV"
            + "&password=p%40ss-w0rd-long&maThe=001099012345";
    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withBody("{}")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void send_whenQueryHoldsSecrets_serverGetsTheRealQueryAndNoInternalHeader() {
        DefaultHttpPipeline pipeline = new DefaultHttpPipeline(
                ClientConfig.builder()
                        .endpoint(server.baseUrl())
                        .retryPolicy(RetryPolicy.none())
                        .build(),
                null,
                d -> {});
        pipeline.send(HttpRequest.builder(
                                HttpMethod.POST, URI.create(server.baseUrl() + "/egw/KQNhanLichSuKCB2024?" + QUERY))
                        .build())
                .close();
        pipeline.send(HttpRequest.builder(HttpMethod.GET, URI.create(server.baseUrl() + "/plain?page=2"))
                        .build())
                .close();

        List<LoggedRequest> got = server.findAll(anyRequestedFor(anyUrl()));
        assertThat(got)
                .extracting(LoggedRequest::getUrl)
                .containsExactly("/egw/KQNhanLichSuKCB2024?" + QUERY, "/plain?page=2");
        assertThat(got).allSatisfy(r -> assertThat(r.containsHeader(HiddenQueryWriter.HEADER))
                .isFalse());
        assertThat(QuietConnections.hideQueries())
                .as("quiet connections link against this HttpClient")
                .isTrue();
    }

    @Test
    void shown_whenQueryRedacted_keepsPathAndFragment() {
        URI shown = HiddenQueryWriter.shown(
                URI.create("https://egw.example.vn/api/x?password=s3cret#top"), "password=****");
        assertThat(shown).hasToString("https://egw.example.vn/api/x?password=****#top");
    }
}
