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
import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.auth.VxpHmacSigner;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.edoc.EdxmlFormatException;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.vxp.VxpClient;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Poison packages, local faults, status 01 as a step, re-listed acknowledgements and self-cleaning staging. */
class EdocReceiverRecoveryTest {
    static final Path CORPUS = Path.of(System.getProperty("egov.corpus.dir"), "edxml");
    private static final String OK = "{\"status\":\"OK\",\"ErrorCode\":\"0\"";
    private WireMockServer axis;
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        axis = new WireMockServer(options().dynamicPort());
        axis.start();
        list("p01", "v02");
        // issue 13: 9 bytes of invalid UTF-8 made every poll throw, so the valid package behind never came through
        serve("p01", new byte[] {'<', 'e', 'd', 'X', 'M', 'L', '>', 'V', (byte) 0xE1});
        serve("v02", Files.readAllBytes(CORPUS.resolve("vpcp-sdk_edoc_new.edxml")));
        acks(true);
        axis.stubFor(post(urlEqualTo("/sendEdoc")).willReturn(aResponse().withBody(OK + ",\"DocId\":\"s1\"}")));
    }

    @AfterEach
    void stop() {
        axis.stop();
    }

    private void list(String... ids) {
        StringBuilder data = new StringBuilder();
        for (String id : ids) {
            data.append(data.length() == 0 ? "" : ",")
                    .append("{\"docId\":\"")
                    .append(id)
                    .append("\",\"messageType\":\"edoc\",\"to\":\"000.00.12.H27\"}");
        }
        axis.stubFor(post(urlEqualTo("/getReceivedEdocList"))
                .willReturn(aResponse().withBody(OK + ",\"data\":[" + data + "]}")));
    }

    private void serve(String docId, byte[] edxml) {
        axis.stubFor(post(urlEqualTo("/getEdoc"))
                .withHeader("XroadVnpt-docId", equalTo(docId))
                .willReturn(aResponse()
                        .withBody(OK + ",\"data\":\"" + Base64.getEncoder().encodeToString(edxml) + "\"}")));
    }

    private void acks(boolean working) {
        axis.stubFor(post(urlEqualTo("/updateStatus"))
                .willReturn(
                        working
                                ? aResponse().withBody(OK + "}")
                                : aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    private int acks(String docId, String status) {
        return axis.findAll(postRequestedFor(urlEqualTo("/updateStatus"))
                        .withHeader("XroadVnpt-docId", equalTo(docId))
                        .withHeader("XroadVnpt-status", equalTo(status)))
                .size();
    }

    private VxpClient client() {
        return VxpClient.builder()
                .endpoint(axis.baseUrl())
                .credentials(new VxpHmacSigner("vxp.saas.02", "s"))
                .retryPolicy(RetryPolicy.builder().maxAttempts(1).build())
                .build();
    }

    private EdocReceiver.Builder receiver(VxpClient client, Path staging) {
        return EdocReceiver.builder()
                .client(client)
                .stagingDirectory(staging)
                .handler((docId, message, file) -> handled.add(docId))
                .listener(new ReceiveListener() {
                    @Override
                    public void unreadable(String docId, EgovException cause) {
                        events.add("unreadable " + docId);
                    }

                    @Override
                    public void deferred(String docId, Exception cause) {
                        events.add("deferred " + docId);
                    }
                });
    }

    @Test
    void pollOnce_whenPoisonPackageIsFirst_acksItFailAndHandlesTheRest(@TempDir Path staging) {
        try (VxpClient client = client();
                EdocReceiver r = receiver(client, staging).build()) {
            assertThat(r.pollOnce()).isEqualTo(1);
        }
        assertThat(handled).containsExactly("v02");
        assertThat(events).containsExactly("unreadable p01");
        assertThat(acks("p01", "fail")).isEqualTo(1);
        assertThat(acks("v02", "done")).isEqualTo(1);
    }

    @Test
    void pollOnce_whenStagingCannotBeWritten_acknowledgesNothingAndHandlesAfterTheFix(@TempDir Path dir)
            throws IOException {
        Path staging = dir.resolve("staging");
        Files.createDirectories(staging);
        FileCheckpointStore store = new FileCheckpointStore(dir.resolve("checkpoints"));
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the staging folder should be");
        try (VxpClient client = client();
                EdocReceiver r = receiver(client, blocked).checkpoints(store).build()) {
            assertThat(r.pollOnce()).isZero();
        }
        assertThat(events).containsExactlyInAnyOrder("deferred p01", "deferred v02");
        assertThat(axis.findAll(postRequestedFor(urlEqualTo("/updateStatus"))))
                .as("a local fault never acks")
                .isEmpty();

        try (VxpClient client = client();
                EdocReceiver r = receiver(client, staging).checkpoints(store).build()) {
            assertThat(r.pollOnce()).isEqualTo(1);
        }
        assertThat(handled).containsExactly("v02");
        assertThat(acks("v02", "done")).isEqualTo(1);
    }

    @Test
    void isLocal_tellsDiskFaultsFromUndecodableContent() {
        assertThat(ReceiveFaults.isLocal(new EgovClientException("write", new IOException("No space left on device"))))
                .isTrue();
        assertThat(ReceiveFaults.isLocal(new IllegalStateException(new CharConversionException("Invalid UTF-8"))))
                .isFalse();
        assertThat(ReceiveFaults.isLocal(new EdxmlFormatException("bad"))).isFalse();
    }

    @Test
    void pollOnce_whenStatus01CannotBeSent_keepsThePackageAndSendsItNextTimeWithoutHandlingTwice(
            @TempDir Path staging) {
        list("v02");
        axis.stubFor(post(urlEqualTo("/sendEdoc")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Organization self = Organization.of("000.00.12.H27", "Sở Tư pháp");
        try (VxpClient client = client();
                EdocReceiver r =
                        receiver(client, staging).sendArrivedStatusAs(self).build()) {
            assertThat(r.pollOnce()).isEqualTo(1);
            assertThat(acks("v02", "done")).as("no ack before status 01").isZero();
            axis.stubFor(post(urlEqualTo("/sendEdoc")).willReturn(aResponse().withBody(OK + ",\"DocId\":\"s1\"}")));
            assertThat(r.pollOnce()).isZero();
        }
        assertThat(handled).containsExactly("v02");
        assertThat(axis.findAll(postRequestedFor(urlEqualTo("/sendEdoc"))
                        .withHeader("XroadVnpt-messagetype", equalTo("status"))))
                .hasSize(2); // one reset, one sent
        assertThat(acks("v02", "done")).isEqualTo(1);
    }

    @Test
    void pollOnce_whenFailedPackageIsListedAgain_neverAcksItDoneAndReAcksFailOnlyWhenStale(@TempDir Path staging) {
        Instant t0 = Instant.parse("2026-12-04T08:00:00Z");
        MutableClock clock = new MutableClock(t0);
        FileCheckpointStore store = new FileCheckpointStore(staging.resolve(".cp"), clock);
        try (VxpClient client = client();
                EdocReceiver r = receiver(client, staging)
                        .checkpoints(store)
                        .clock(clock)
                        .build()) {
            r.pollOnce();
            r.pollOnce(); // a listing right after the acknowledgement is stale
            assertThat(acks("p01", "fail")).isEqualTo(1);
            clock.now = t0.plus(Duration.ofMinutes(11));
            r.pollOnce(); // still listed 11 minutes later: the axis lost it
        }
        assertThat(acks("p01", "fail")).isEqualTo(2);
        assertThat(acks("p01", "done")).isZero();
        assertThat(acks("v02", "done")).isEqualTo(2);
        assertThat(handled).containsExactly("v02");
    }

    @Test
    void pollOnce_whenACrashLeftStagedFolders_deletesTheStaleOnes(@TempDir Path staging) throws IOException {
        Path stale = Files.createDirectories(staging.resolve("dead01.7.abc/attachments"));
        Files.writeString(stale.resolve("a.pdf"), "x", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(stale.getParent(), FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path fresh = Files.createDirectories(staging.resolve("busy02.1.def"));
        try (VxpClient client = client();
                EdocReceiver r = receiver(client, staging).build()) {
            r.pollOnce();
        }
        assertThat(stale.getParent()).doesNotExist();
        assertThat(fresh).as("may belong to a live instance").exists();
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
