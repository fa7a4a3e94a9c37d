package io.github.egovsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VxpHmacSignerTest {
    private static final Path VECTOR = Path.of("src/test/resources/vxp");

    @Test
    void hmacHex_whenReferenceWorkedExample_matchesOpensslVector() throws Exception {
        String json = Files.readString(VECTOR.resolve("sign-header.json"), StandardCharsets.UTF_8);
        String expected = Files.readString(VECTOR.resolve("expected-hmac.hex")).strip();

        assertThat(VxpHmacSigner.hmacHex("my-test-secret", json))
                .isEqualTo(expected)
                .isEqualTo("f51d2271398aec8ab1934f7ebf3518a718b927457d929d4f9d9e1b90e06aea21");
    }

    @Test
    void sign_whenListCall_buildsTheReferenceHeaderJsonAndHmac() throws Exception {
        // 17/05/2019 18:16:33.123 in Vietnam: the reference's timestamp "17052019T181633+0123".
        Instant at = LocalDateTime.of(2019, 5, 17, 18, 16, 33, 123_000_000)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant();
        VxpHmacSigner signer = new VxpHmacSigner("vxp.saas.02", "my-test-secret", Clock.fixed(at, ZoneId.of("UTC")));
        HttpRequest request = HttpRequest.builder(HttpMethod.POST, URI.create("http://axis/getReceivedEdocList"))
                .header("XroadVnpt-servicetype", "eDoc")
                .header("XroadVnpt-messagetype", "edoc")
                .header("Content-Type", "application/json")
                .build();

        HttpRequest signed = signer.sign(request);

        String expectedJson = Files.readString(VECTOR.resolve("sign-header.json"), StandardCharsets.UTF_8);
        assertThat(signed.headers().first("XroadVnpt-sign-header")).contains(expectedJson);
        assertThat(signed.headers().first("XroadVnpt-sign-header-key"))
                .contains("systemid;servicetype;messagetype;timestamp;Content-Type");
        assertThat(signed.headers().first("XroadVnpt-hash-header"))
                .contains(Files.readString(VECTOR.resolve("expected-hmac.hex")).strip());
        assertThat(signed.headers().first("XroadVnpt-timestamp")).contains("17052019T181633+0123");
        assertThat(signed.headers().first("XroadVnpt-version")).contains("3.0.201608");
        assertThat(request.headers().first("XroadVnpt-hash-header")).isEmpty();
    }

    @Test
    void sign_whenCalledTwice_usesAFreshTimestampAndKeepsNoState() {
        Clock ticking = Clock.offset(Clock.systemUTC(), Duration.ZERO);
        VxpHmacSigner signer = new VxpHmacSigner("vxp.saas.02", "s3cret", ticking);
        HttpRequest withDocId = HttpRequest.builder(HttpMethod.POST, URI.create("http://axis/getEdoc"))
                .header("XroadVnpt-docId", "5c9b0c2ee4b0d5a0cf5b6c11")
                .build();
        HttpRequest list = HttpRequest.builder(HttpMethod.POST, URI.create("http://axis/getReceivedEdocList"))
                .build();

        signer.sign(withDocId);
        HttpRequest second = signer.sign(list);

        assertThat(second.headers().first("XroadVnpt-sign-header-key").orElseThrow())
                .doesNotContain("docId");
        assertThat(second.headers().first("XroadVnpt-docId")).isEmpty();
    }

    @Test
    void signedJson_whenValueHasQuotesAndVietnamese_escapesOnlyWhatJsonRequires() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("description", "Đã nhận \"văn bản\"\n");

        assertThat(VxpHmacSigner.signedJson(entries))
                .isEqualTo("{\"XroadVnpt-description\":\"Đã nhận \\\"văn bản\\\"\\n\"}");
    }

    @Test
    void officialHashFileHex_whenCorpusFile_matchesTheReferencesNonPaddedForm() throws Exception {
        Path file = Path.of(System.getProperty("egov.corpus.dir"), "edxml", "vpcp-sdk_status_01.edxml");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));

        assertThat(VxpHmacSigner.officialHashFileHex(digest))
                .isEqualTo("cc7bdd662415e725c750bf6ce64c36a87ad21bf38d0a593f9f10203572747f");
    }

    @Test
    void constructor_whenSecretMissing_throwsClientError() {
        assertThatThrownBy(() -> new VxpHmacSigner("vxp.saas.02", ""))
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("secret");
        assertThat(new VxpHmacSigner("a", "topsecret").toString()).doesNotContain("topsecret");
    }
}
