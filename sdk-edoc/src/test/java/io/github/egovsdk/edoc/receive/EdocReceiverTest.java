package io.github.egovsdk.edoc.receive;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.egovsdk.core.auth.VxpHmacSigner;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlReader;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.ParsedEdxml;
import io.github.egovsdk.edoc.vxp.VxpClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The receive loop under faults: resets, 503s, and a crash between handling and acknowledgement. */
class EdocReceiverTest {
    static final Path CORPUS = Path.of(System.getProperty("egov.corpus.dir"), "edxml");
    private WireMockServer axis;
    private final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws Exception {
        axis = new WireMockServer(options().dynamicPort());
        axis.start();
        axis.stubFor(post(urlEqualTo("/getReceivedEdocList"))
                .inScenario("list")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        axis.stubFor(post(urlEqualTo("/getReceivedEdocList"))
                .inScenario("list")
                .whenScenarioStateIs("up")
                .willReturn(aResponse()
                        .withBody("{\"status\":\"OK\",\"ErrorCode\":\"0\",\"data\":["
                                + "{\"docId\":\"aa01\",\"messageType\":\"edoc\"},{\"docId\":"
                                + "\"bb02\",\"messageType\":\"edoc\"}]}")));
        axis.stubFor(post(urlEqualTo("/getEdoc"))
                .inScenario("get")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("up"));
        serve("aa01", Files.readAllBytes(CORPUS.resolve("vpcp-sdk_edoc_new.edxml")));
        serve("bb02", Files.readAllBytes(CORPUS.resolve("vpcp-sdk_edoc_update.edxml")));
    }

    /** getEdoc of one package id answers these bytes (after the scenario's first reset). */
    void serve(String docId, byte[] edxml) {
        axis.stubFor(post(urlEqualTo("/getEdoc"))
                .inScenario("get")
                .whenScenarioStateIs("up")
                .withHeader("XroadVnpt-docId", equalTo(docId))
                .willReturn(aResponse()
                        .withBody("{\"status\":\"OK\",\"ErrorCode\":\"0\",\"data\":\""
                                + Base64.getEncoder().encodeToString(edxml) + "\"}")));
    }

    @AfterEach
    void stop() {
        axis.stop();
    }

    private void acknowledgements(boolean working) {
        axis.stubFor(post(urlEqualTo("/updateStatus"))
                .willReturn(
                        working
                                ? aResponse().withBody("{\"status\":\"OK\",\"ErrorCode\":\"0\"}")
                                : aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    private EdocReceiver receiver(VxpClient client, Path staging) {
        return EdocReceiver.builder()
                .client(client)
                .stagingDirectory(staging)
                .handler((docId, message, file) -> {
                    assertThat(axis.findAll(postRequestedFor(urlEqualTo("/updateStatus"))
                                    .withHeader("XroadVnpt-docId", equalTo(docId))
                                    .withHeader("XroadVnpt-status", equalTo("done"))))
                            .as("acknowledged before handled")
                            .isEmpty();
                    assertThat(message.subject()).isNotBlank();
                    handled.computeIfAbsent(docId, k -> new AtomicInteger()).incrementAndGet();
                })
                .build();
    }

    private VxpClient client() {
        return VxpClient.builder()
                .endpoint(axis.baseUrl())
                .credentials(new VxpHmacSigner("vxp.saas.02", "s"))
                .retryPolicy(RetryPolicy.builder()
                        .maxAttempts(3)
                        .baseDelay(Duration.ofMillis(5))
                        .build())
                .build();
    }

    @Test
    void pollOnce_whenAcknowledgementFailsThenProcessRestarts_handlesEachMessageOnceAndAcksAfterRestart(
            @TempDir Path staging) throws IOException {
        acknowledgements(false);
        try (VxpClient client = client()) {
            assertThat(receiver(client, staging).pollOnce())
                    .as("handled, not acknowledged")
                    .isEqualTo(2);
        }
        assertThat(handled).containsOnlyKeys("aa01", "bb02");

        acknowledgements(true); // the "process" restarts with a new receiver on the same staging folder
        try (VxpClient client = client()) {
            receiver(client, staging).pollOnce();
            receiver(client, staging).pollOnce(); // listed again: acknowledged again, never handled again
        }

        assertThat(handled).hasSize(2).allSatisfy((id, n) -> assertThat(n.get()).isEqualTo(1));
        for (String id : new String[] {"aa01", "bb02"}) {
            assertThat(axis.findAll(postRequestedFor(urlEqualTo("/updateStatus"))
                            .withHeader("XroadVnpt-docId", equalTo(id))
                            .withHeader("XroadVnpt-status", equalTo("done"))))
                    .isNotEmpty();
        }
        try (var left = Files.list(staging)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("staging is cleaned")
                    .containsOnly(".checkpoints");
        }
    }

    @Test
    void pollOnce_whenPackageIsNotEdxml_acknowledgesFailAndMovesOn(@TempDir Path staging) {
        axis.stubFor(post(urlEqualTo("/getEdoc"))
                .inScenario("get")
                .whenScenarioStateIs("up")
                .willReturn(aResponse()
                        .withBody("{\"status\":\"OK\",\"ErrorCode\":\"0\",\"data\":\""
                                + Base64.getEncoder().encodeToString("<html/>".getBytes()) + "\"}")));
        acknowledgements(true);
        try (VxpClient client = client()) {
            assertThat(receiver(client, staging).pollOnce()).isZero();
        }
        assertThat(handled).isEmpty();
        assertThat(axis.findAll(
                        postRequestedFor(urlEqualTo("/updateStatus")).withHeader("XroadVnpt-status", equalTo("fail"))))
                .hasSize(2);
        assertThat(axis.findAll(
                        postRequestedFor(urlEqualTo("/updateStatus")).withHeader("XroadVnpt-status", equalTo("done"))))
                .isEmpty();
    }

    @Test
    void tracker_whenStatusesArrive_correlatesByDocumentIdThenByCodeAndKeepsTheNewest() {
        EdocTracker tracker = new EdocTracker();
        EdocDocument sent = EdocDocument.builder()
                .from(Organization.of("000.00.00.G22", "VPCP"))
                .to(Organization.of("000.00.00.H41", "UBND Nghệ An"))
                .code("7816", "VPCP-TTĐT")
                .promulgation("Hà Nội", LocalDate.of(2015, 9, 30))
                .subject("S")
                .build();
        tracker.sent(sent);
        ParsedEdxml s01 = EdxmlReader.builder().build().read(CORPUS.resolve("vpcp-sdk_status_01.edxml"));
        ParsedEdxml s02 = EdxmlReader.builder().build().read(CORPUS.resolve("vpcp-sdk_status_rejection_02.edxml"));

        assertThat(tracker.onStatus(s01)).contains("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT");
        assertThat(tracker.latest(sent.documentId()).get("000.00.00.H41").statusCode())
                .isEqualTo("01");
        tracker.onStatus(s02); // its Timestamp (2015) is older than the 01's (2018): a late arrival changes nothing
        assertThat(tracker.latest(sent.documentId()).get("000.00.00.H41").statusCode())
                .isEqualTo("01");
        tracker.onStatus(s01);
        assertThat(tracker.latest(sent.documentId())).hasSize(1);
    }
}
