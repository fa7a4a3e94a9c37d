package io.github.egovsdk.edoc.receive;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.auth.VxpHmacSigner;
import io.github.egovsdk.edoc.vxp.VxpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A receiver with several workers hands each package on once, on its worker threads, and acknowledges each once. */
class EdocReceiverWorkersTest {
    private static final int PACKAGES = 8;
    private WireMockServer axis;
    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        axis = new WireMockServer(options().dynamicPort());
        axis.start();
        String body = Base64.getEncoder()
                .encodeToString(Files.readAllBytes(EdocReceiverTest.CORPUS.resolve("vpcp-sdk_edoc_new.edxml")));
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < PACKAGES; i++) {
            String id = "p" + i;
            ids.add(id);
            list.append(i == 0 ? "" : ",").append("{\"docId\":\"").append(id).append("\",\"messageType\":\"edoc\"}");
            axis.stubFor(post(urlEqualTo("/getEdoc"))
                    .withHeader("XroadVnpt-docId", equalTo(id))
                    .willReturn(
                            aResponse().withBody("{\"status\":\"OK\",\"ErrorCode\":\"0\",\"data\":\"" + body + "\"}")));
        }
        axis.stubFor(post(urlEqualTo("/getReceivedEdocList"))
                .willReturn(aResponse().withBody("{\"status\":\"OK\",\"ErrorCode\":\"0\",\"data\":[" + list + "]}")));
        axis.stubFor(post(urlEqualTo("/updateStatus"))
                .willReturn(aResponse().withBody("{\"status\":\"OK\",\"ErrorCode\":\"0\"}")));
    }

    @AfterEach
    void stop() {
        axis.stop();
    }

    @Test
    void pollOnce_whenThreeWorkers_handsEachPackageOnOnceOnWorkerThreadsAndAcknowledgesEachOnce(@TempDir Path staging) {
        Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (VxpClient client = VxpClient.builder()
                        .endpoint(axis.baseUrl())
                        .credentials(new VxpHmacSigner("vxp.saas.02", "s"))
                        .build();
                EdocReceiver receiver = EdocReceiver.builder()
                        .client(client)
                        .stagingDirectory(staging)
                        .workers(3)
                        .deduplicate(false)
                        .handler((docId, message, file) -> {
                            assertThat(message.subject()).isNotBlank();
                            threads.add(Thread.currentThread().getName());
                            handled.computeIfAbsent(docId, k -> new AtomicInteger())
                                    .incrementAndGet();
                        })
                        .build()) {
            assertThat(receiver.pollOnce()).isEqualTo(PACKAGES);
            assertThat(receiver.pollOnce())
                    .as("all acknowledged: nothing handed on again")
                    .isZero();
        }

        assertThat(handled).containsOnlyKeys(ids).allSatisfy((id, n) -> assertThat(n.get())
                .isEqualTo(1));
        assertThat(threads).allSatisfy(t -> assertThat(t).startsWith("egov-receive-worker-"));
        for (String id : ids) {
            assertThat(axis.findAll(postRequestedFor(urlEqualTo("/updateStatus"))
                            .withHeader("XroadVnpt-docId", equalTo(id))
                            .withHeader("XroadVnpt-status", equalTo("done"))))
                    .hasSize(1);
        }
    }

    @Test
    void workers_whenBelowOne_isRefused() {
        assertThatThrownBy(() -> EdocReceiver.builder().workers(0))
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("at least 1");
    }
}
