package io.github.egovsdk.edoc.receive;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.egovsdk.core.auth.VxpHmacSigner;
import io.github.egovsdk.edoc.Attachment;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.ParsedAttachment;
import io.github.egovsdk.edoc.vxp.VxpClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A valid message whose attachment name is longer than a file name may be is received, not acknowledged 'fail'. */
class EdocReceiverAttachmentNameTest {
    /** 196 characters, 256 bytes in UTF-8. */
    static final String LONG_NAME = "Quyết định phê duyệt kế hoạch triển khai liên thông văn bản điện tử giữa các cơ"
            + " quan hành chính nhà nước trên địa bàn tỉnh Bắc Ninh giai đoạn hai nghìn không trăm hai mươi sáu đến"
            + " ba mươi, đợt.pdf";

    private WireMockServer axis;

    @BeforeEach
    void start() {
        axis = new WireMockServer(options().dynamicPort());
        axis.start();
    }

    @AfterEach
    void stop() {
        axis.stop();
    }

    @Test
    void pollOnce_whenAttachmentNameIsOver255Bytes_handsTheDocumentOverAndAcksDone(@TempDir Path staging) {
        byte[] pdf = "%PDF-1.7 quyết định".getBytes(StandardCharsets.UTF_8);
        EdocDocument doc = EdocDocument.builder()
                .from(Organization.of("000.00.00.H27", "UBND tỉnh Bắc Ninh"))
                .to(Organization.of("000.00.01.H27", "Sở Tư pháp"))
                .code("7", "QĐ-UBND")
                .subject("Quyết định")
                .promulgation("Bắc Ninh", LocalDate.of(2026, 11, 23))
                .attachment(Attachment.of("1", LONG_NAME, null, null, () -> new ByteArrayInputStream(pdf)))
                .build();
        ByteArrayOutputStream edxml = new ByteArrayOutputStream();
        EdxmlWriter.standard().write(doc, edxml);
        axis.stubFor(post(urlEqualTo("/getReceivedEdocList"))
                .willReturn(aResponse()
                        .withBody("{\"status\":\"OK\",\"ErrorCode\":\"0\",\"data\":[{\"docId\":\"cc03\""
                                + ",\"messageType\":\"edoc\"}]}")));
        axis.stubFor(post(urlEqualTo("/getEdoc"))
                .willReturn(aResponse()
                        .withBody("{\"status\":\"OK\",\"ErrorCode\":" + "\"0\",\"data\":\""
                                + Base64.getEncoder().encodeToString(edxml.toByteArray()) + "\"}")));
        axis.stubFor(post(urlEqualTo("/updateStatus"))
                .willReturn(aResponse().withBody("{\"status\":\"OK\",\"ErrorCode\":\"0\"}")));
        List<String> seen = new ArrayList<>();

        try (VxpClient client = VxpClient.builder()
                .endpoint(axis.baseUrl())
                .credentials(new VxpHmacSigner("vxp.saas.02", "s"))
                .build()) {
            int handled = EdocReceiver.builder()
                    .client(client)
                    .stagingDirectory(staging)
                    .handler((docId, m, f) -> {
                        ParsedAttachment a = m.attachments().get(0);
                        assertThat(a.file()).startsWith(staging);
                        assertThat(Files.readAllBytes(a.file())).isEqualTo(pdf);
                        seen.add(a.name());
                        seen.add(a.file().getFileName().toString());
                    })
                    .build()
                    .pollOnce();
            assertThat(handled).isEqualTo(1);
        }

        assertThat(seen.get(0)).isEqualTo(LONG_NAME);
        assertThat(seen.get(1).getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(seen.get(1)).endsWith(".pdf");
        assertThat(axis.findAll(
                        postRequestedFor(urlEqualTo("/updateStatus")).withHeader("XroadVnpt-status", equalTo("done"))))
                .hasSize(1);
        assertThat(axis.findAll(
                        postRequestedFor(urlEqualTo("/updateStatus")).withHeader("XroadVnpt-status", equalTo("fail"))))
                .isEmpty();
    }
}
