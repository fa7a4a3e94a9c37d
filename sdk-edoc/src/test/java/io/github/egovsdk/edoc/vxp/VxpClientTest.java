package io.github.egovsdk.edoc.vxp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.ValueMatcher;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.LocalStorageException;
import io.github.egovsdk.core.auth.VxpHmacSigner;
import io.github.egovsdk.core.config.RetryPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every client method against WireMock stubs in the axis' shapes; the stubs verify the HMAC headers. */
class VxpClientTest {
    static final String SYSTEM_ID = "vxp.saas.02";
    static final String SECRET = "sandbox-secret-Q1w2";
    static final Path CORPUS = Path.of(System.getProperty("egov.corpus.dir"), "edxml");
    private WireMockServer axis;
    private VxpClient client;

    /** Accepts a request only if its HMAC headers verify with the node's secret. */
    static ValueMatcher<Request> signedWith(String secret) {
        return request ->
                MatchResult.of(VxpHmacSigner.verify(request::getHeader, secret).isEmpty());
    }

    @BeforeEach
    void start() {
        axis = new WireMockServer(options().dynamicPort());
        axis.start();
        // Any request whose signature does not verify gets the axis' error (lower priority = checked last).
        axis.stubFor(post(WireMock.anyUrl())
                .atPriority(10)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"FAIL\",\"ErrorCode\":\"-1\",\"ErrorDesc\":\"Chu ky khong hop le\"}")));
        client = client(SECRET);
    }

    private VxpClient client(String secret) {
        return VxpClient.builder()
                .endpoint(axis.baseUrl())
                .credentials(new VxpHmacSigner(SYSTEM_ID, secret))
                .retryPolicy(
                        RetryPolicy.builder().baseDelay(Duration.ofMillis(5)).build())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        axis.stop();
    }

    private void ok(String method, String body) {
        axis.stubFor(post(urlEqualTo("/" + method))
                .atPriority(1)
                .andMatching(signedWith(SECRET))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    @Test
    void sendDocument_whenSigned_postsRawEdxmlWithOfficialHashFileAndReturnsDocId() throws Exception {
        ok(
                "sendEdoc",
                "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"ErrorDesc\":\"Thanh cong\","
                        + "\"DocId\":\"68edb8c8c2dcb14db773ce44\"}");
        Path file = CORPUS.resolve("vpcp-sdk_status_01.edxml");

        SendResult result = client.sendDocument(file, "000.00.00.H41");

        assertThat(result.docId()).isEqualTo("68edb8c8c2dcb14db773ce44");
        assertThat(result.sha256()).isEqualTo("cc7bdd662415e725c750bf6c0e64c36a87ad21bf38d00a593f9f10203572747f");
        var sent = axis.findAll(postRequestedFor(urlEqualTo("/sendEdoc"))).get(0);
        assertThat(sent.getHeader("XroadVnpt-hash-file"))
                .isEqualTo("cc7bdd662415e725c750bf6ce64c36a87ad21bf38d0a593f9f10203572747f");
        assertThat(sent.getHeader("XroadVnpt-from")).isEqualTo("000.00.00.H41");
        assertThat(sent.getHeader("XroadVnpt-messagetype")).isEqualTo("edoc");
        assertThat(sent.getHeader("Content-Type")).isEqualTo("application/octet-stream");
        byte[] expected = Files.readAllBytes(file);
        assertThat(sent.getBody())
                .hasSize(expected.length + 2)
                .startsWith(expected)
                .endsWith('\r', '\n');
    }

    @Test
    void call_whenSecretIsWrong_getsTheAxisErrorAsServiceException() {
        try (VxpClient wrong = client("not-the-secret")) {
            assertThatThrownBy(() -> wrong.listReceived(MessageType.EDOC))
                    .isInstanceOfSatisfying(EgovServiceException.class, e -> {
                        assertThat(e.serviceErrorCode()).contains("-1");
                        assertThat(e.serviceMessage()).contains("Chu ky khong hop le");
                    });
        }
    }

    @Test
    void sendStatus_whenSenderNotRegistered_throwsTheSpecificError() {
        ok(
                "sendEdoc",
                "{\"status\":\"FAIL\",\"ErrorCode\":\"10\",\"ErrorDesc\":\"Don vi gui 002.00.20.H13 khong "
                        + "dung voi ma da dang ky: vxp.saas.02\"}");

        assertThatThrownBy(() -> client.sendStatus(CORPUS.resolve("vpcp-sdk_status_01.edxml"), "002.00.20.H13"))
                .isInstanceOf(SenderNotRegisteredException.class)
                .hasMessageContaining("002.00.20.H13");
        assertThat(axis.findAll(postRequestedFor(urlEqualTo("/sendEdoc")))
                        .get(0)
                        .getHeader("XroadVnpt-messagetype"))
                .isEqualTo("status");
    }

    @Test
    void listReceived_whenPackagesWait_mapsThem() {
        ok(
                "getReceivedEdocList",
                "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"data\":[{\"docId\":\"aa01\","
                        + "\"serviceType\":\"eDoc\",\"messageType\":\"edoc\",\"from\":\"000.00.00.G22\",\"to\":\"000."
                        + "00.00.H41\","
                        + "\"status\":\"initial\",\"created_time\":\"2026-11-23 09:00:00\"},{\"docId\":\"aa02\","
                        + "\"messageType\":\"EDOC\",\"status\":\" Done \"}]}");

        assertThat(client.listReceived(MessageType.EDOC))
                .satisfiesExactly(
                        p -> {
                            assertThat(p.docId()).isEqualTo("aa01");
                            assertThat(p.from()).isEqualTo("000.00.00.G22");
                            assertThat(p.messageType()).isEqualTo(MessageType.EDOC);
                            assertThat(p.status()).isNull();
                            assertThat(p.rawStatus()).isEqualTo("initial");
                        },
                        p -> {
                            assertThat(p.messageType()).isEqualTo(MessageType.EDOC);
                            assertThat(p.status()).isEqualTo(TransportStatus.DONE);
                        });
        assertThat(axis.findAll(postRequestedFor(urlEqualTo("/getReceivedEdocList")))
                        .get(0)
                        .getHeader("XroadVnpt-sign-header-key"))
                .startsWith("systemid;servicetype;messagetype;");
    }

    @Test
    void download_whenBase64Data_streamsTheDecodedFile(@TempDir Path dir) throws Exception {
        Path source = CORPUS.resolve("vpcp-sdk_edoc_new.edxml");
        ok(
                "getEdoc",
                "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"ErrorDesc\":\"Thanh cong\",\"data\":\""
                        + Base64.getEncoder().encodeToString(Files.readAllBytes(source)) + "\"}");

        Path target = client.download("68edb8c8c2dcb14db773ce44", dir.resolve("in.edxml"));

        assertThat(Files.mismatch(target, source)).isEqualTo(-1);
        assertThat(axis.findAll(postRequestedFor(urlEqualTo("/getEdoc"))).get(0).getHeader("XroadVnpt-docId"))
                .isEqualTo("68edb8c8c2dcb14db773ce44");
        assertThat(axis.findAll(postRequestedFor(urlEqualTo("/getEdoc"))).get(0).getHeader("XroadVnpt-filePath"))
                .isNull();
    }

    @Test
    void downloadRaw_whenSigned_streamsTheEdxmlBytes(@TempDir Path dir) throws Exception {
        Path source = CORPUS.resolve("vpcp-sdk_status_01.edxml");
        axis.stubFor(WireMock.get(urlEqualTo("/downloadEdoc"))
                .atPriority(1)
                .andMatching(signedWith(SECRET))
                .withHeader("XroadVnpt-docId", equalTo("cc03"))
                .willReturn(aResponse().withBody(Files.readAllBytes(source))));

        Path target = client.downloadRaw("cc03", dir.resolve("raw.edxml"));

        assertThat(Files.mismatch(target, source)).isEqualTo(-1);
    }

    @Test
    void download_whenLocalTargetCannotBeWritten_throwsLocalStorageNotTransport(@TempDir Path dir) throws Exception {
        ok(
                "getEdoc",
                "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"data\":\""
                        + Base64.getEncoder().encodeToString("<edXML/>".getBytes(StandardCharsets.UTF_8)) + "\"}");
        Path occupied = Files.createDirectories(dir.resolve("in.edxml"));
        Files.writeString(occupied.resolve("keep.txt"), "a non-empty folder cannot be replaced by a file");

        assertThatThrownBy(() -> client.download("aa01", occupied))
                .isInstanceOfSatisfying(
                        LocalStorageException.class, e -> assertThat(e.path()).isEqualTo(occupied.toString()));
        assertThatThrownBy(() ->
                        client.downloadRaw("aa01", occupied.resolve("keep.txt").resolve("x.edxml")))
                .isInstanceOf(LocalStorageException.class);
    }

    @Test
    void download_whenAxisFails_leavesNoFile(@TempDir Path dir) throws Exception {
        ok("getEdoc", "{\"status\":\"FAIL\",\"ErrorCode\":\"5\",\"ErrorDesc\":\"Khong tim thay\"}");

        assertThatThrownBy(() -> client.download("ff", dir.resolve("x.edxml")))
                .isInstanceOf(EgovServiceException.class);
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void updateStatus_whenConnectionResetOnce_retriesAndAcknowledges() {
        axis.stubFor(post(urlEqualTo("/updateStatus"))
                .atPriority(1)
                .inScenario("ack")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("up"));
        axis.stubFor(post(urlEqualTo("/updateStatus"))
                .atPriority(1)
                .inScenario("ack")
                .whenScenarioStateIs("up")
                .andMatching(signedWith(SECRET))
                .withHeader("XroadVnpt-status", equalTo("done"))
                .willReturn(aResponse().withBody("{\"status\":\"OK\",\"ErrorCode\":\"0\"}")));

        client.updateStatus("aa01", TransportStatus.DONE);

        axis.verify(2, postRequestedFor(urlEqualTo("/updateStatus")));
    }

    @Test
    void sentDeliveriesAndCounts_whenAsked_mapTheAxisFields() {
        ok(
                "getSentEdocList",
                "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"data\":[{\"toCode\":\"000.00.01.H27\","
                        + "\"receiverDocId\":\"bb02\",\"sendStatus\":\"done\",\"receiveStatus\":\"done\","
                        + "\"receiveStatusDesc\":\"Da nhan\",\"receivedTime\":\"2026-11-23 10:00:00\"}]}");
        ok("countReceiveEdoc", "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"count\":7}");

        assertThat(client.sentDeliveries("aa01")).singleElement().satisfies(d -> {
            assertThat(d.toCode()).isEqualTo("000.00.01.H27");
            assertThat(d.receiveStatus()).isEqualTo("done");
        });
        assertThat(client.countReceived(MessageType.EDOC)).isEqualTo(7);
    }
}
