package io.github.egovsdk.signature.remote;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.signature.cms.CadesSigner;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.sign.SignOptions;
import io.github.egovsdk.signature.testpki.TestPki;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.xml.XadesSigner;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSC API v1 (MySign) shapes on WireMock: one {@code credentials/authorize} for N hashes (answered after a delay, as
 * when the user approves on the phone), then one {@code signatures/signHash} answered with real signatures.
 */
class CscRemoteSigningTest {
    private static final String USER = "0987654321";
    private static TestPki pki;
    private WireMockServer ras;
    private CscRemoteSigner signer;
    private RemoteCredential cred;

    /** Signs every hash of the request; {@code keep} limits how many values are returned. */
    static final class SignHash implements ResponseDefinitionTransformerV2 {
        final PrivateKey key;
        volatile int keep = Integer.MAX_VALUE;

        SignHash(PrivateKey key) {
            this.key = key;
        }

        @Override
        public String getName() {
            return "signhash";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent e) {
            try {
                JsonNode hashes = EgovJson.mapper()
                        .readTree(e.getRequest().getBodyAsString())
                        .path("hash");
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < hashes.size() && i < keep; i++) {
                    Signature raw = Signature.getInstance("NONEwithRSA");
                    raw.initSign(key);
                    raw.update(new DigestInfo(
                                    new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE),
                                    Base64.getDecoder().decode(hashes.get(i).asString()))
                            .getEncoded());
                    out.append(out.isEmpty() ? "" : ",")
                            .append('"')
                            .append(Base64.getEncoder().encodeToString(raw.sign()))
                            .append('"');
                }
                return new ResponseDefinitionBuilder()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"signatures\":[" + out + "]}")
                        .build();
            } catch (Exception ex) {
                return new ResponseDefinitionBuilder().withStatus(500).build();
            }
        }
    }

    private SignHash signHash;

    @BeforeAll
    static void pki() {
        pki = new TestPki();
    }

    @AfterAll
    static void closePki() {
        pki.close();
    }

    @BeforeEach
    void start() throws Exception {
        signHash = new SignHash(pki.signerKey());
        ras = new WireMockServer(options().dynamicPort().extensions(signHash));
        ras.start();
        String json = "application/json";
        ras.stubFor(post(urlEqualTo("/ras/login"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", json)
                        .withBody("{\"access_token\":\"tok-csc-123456\",\"expires_in\":3600}")));
        ras.stubFor(post(urlEqualTo("/ras/csc/v1/credentials/list"))
                .withHeader("Authorization", equalTo("Bearer tok-csc-123456"))
                .willReturn(aResponse().withHeader("Content-Type", json).withBody("{\"credentialIDs\":[\"cred-1\"]}")));
        ras.stubFor(post(urlEqualTo("/ras/csc/v1/credentials/info"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", json)
                        .withBody("{\"cert\":{\"serialNumber\":\"1\",\"certificates\":[\""
                                + Base64.getEncoder().encodeToString(pki.signer.getEncoded()) + "\",\""
                                + Base64.getEncoder().encodeToString(pki.ca.getEncoded()) + "\"]}}")));
        approveAfter(150);
        ras.stubFor(post(urlEqualTo("/ras/csc/v1/signatures/signHash"))
                .withRequestBody(containing("sad-approved-on-phone"))
                .willReturn(aResponse().withTransformers("signhash")));
        signer = CscRemoteSigner.builder()
                .endpoint(ras.baseUrl() + "/ras")
                .client("rp", "rp-secret", USER, "adss:ras:profile:001")
                .build();
        cred = signer.listCredentials(USER).get(0);
    }

    private void approveAfter(int millis) {
        ras.stubFor(post(urlEqualTo("/ras/csc/v1/credentials/authorize"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withFixedDelay(millis)
                        .withBody("{\"SAD\":\"sad-approved-on-phone\",\"expiresIn\":300}")));
    }

    @AfterEach
    void stop() {
        signer.close();
        ras.stop();
    }

    private List<BatchDocument> mixed(Path dir) throws Exception {
        Path xml = Files.writeString(dir.resolve("quyet-dinh.xml"), "<QuyetDinh so=\"12/QĐ-UBND\"/>");
        Path txt = Files.writeString(dir.resolve("phu-luc.txt"), "Phụ lục");
        return List.of(
                BatchDocument.of(
                        PadesSigner.builder().certificates(cred.chain()).build(),
                        SmartCaRemoteSigningTest.pdf(dir),
                        dir.resolve("signed.pdf"),
                        new PadesOptions("Nguyễn Văn An", "Ký qua MySign", null, null)),
                BatchDocument.of(
                        XadesSigner.builder().certificates(cred.chain()).build(),
                        xml,
                        dir.resolve("quyet-dinh-signed.xml"),
                        SignOptions.enveloping()),
                BatchDocument.of(
                        CadesSigner.builder().certificates(cred.chain()).build(),
                        txt,
                        dir.resolve("phu-luc.txt.p7m"),
                        SignOptions.enveloping()));
    }

    private BatchSigner batch(RemoteSigner remote) {
        return BatchSigner.builder()
                .remoteSigner(remote)
                .userId(USER)
                .credential(cred)
                .timeout(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(10))
                .build();
    }

    @Test
    void batchSign_whenUserAuthorizesOnce_signsAllWithOneAuthorizeAndOneSignHash(@TempDir Path dir) throws Exception {
        BatchSigningResult result = batch(signer).sign(mixed(dir), "Ký 3 văn bản");

        assertThat(result.failures()).isEmpty();
        ras.verify(1, postRequestedFor(urlEqualTo("/ras/csc/v1/credentials/authorize")));
        ras.verify(1, postRequestedFor(urlEqualTo("/ras/csc/v1/signatures/signHash")));
        JsonNode auth = EgovJson.mapper()
                .readTree(ras.findAll(postRequestedFor(urlEqualTo("/ras/csc/v1/credentials/authorize")))
                        .get(0)
                        .getBodyAsString());
        assertThat(auth.path("numSignatures").asInt()).isEqualTo(3);
        assertThat(auth.path("hash")).hasSize(3);
        SignatureValidator validator =
                SignatureValidator.builder().trustAnchor(pki.root).build();
        for (BatchSigningResult.Item item : result.items()) {
            SignatureReport r = validator.validate(item.output()).signatures().get(0);
            assertThat(r.indication()).as(item.output() + ": " + r.messages()).isEqualTo(Indication.TOTAL_PASSED);
        }
        assertThat(signer.toString()).doesNotContain("rp-secret", "tok-csc");
    }

    @Test
    void batchSign_whenSignHashAnswersFewerValues_failsOnlyTheMissingDocument(@TempDir Path dir) throws Exception {
        signHash.keep = 2;
        BatchSigningResult result = batch(signer).sign(mixed(dir), "Ký 3 văn bản");

        assertThat(result.signedCount()).isEqualTo(2);
        assertThat(result.items().get(2).error())
                .get()
                .extracting(e -> ((RemoteSigningException) e).reason())
                .isEqualTo(RemoteSigningException.Reason.MISSING);
    }

    @Test
    void batchSign_whenUserDenies_failsEveryDocumentAsRejected(@TempDir Path dir) throws Exception {
        ras.stubFor(post(urlEqualTo("/ras/csc/v1/credentials/authorize"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"access_denied\",\"error_description\":\"The user "
                                + "rejected the request\"}")));
        BatchSigningResult result = batch(signer).sign(mixed(dir), "Ký 3 văn bản");

        assertThat(result.failures()).hasSize(3).allSatisfy(f -> assertThat(f.error())
                .get()
                .extracting(e -> ((RemoteSigningException) e).reason())
                .isEqualTo(RemoteSigningException.Reason.REJECTED));
    }

    @Test
    void batchSign_whenSadExpired_failsEveryDocumentAsExpired(@TempDir Path dir) throws Exception {
        ras.stubFor(post(urlEqualTo("/ras/csc/v1/signatures/signHash"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_request\",\"error_description\":\"SAD expired\"}")));
        BatchSigningResult result = batch(signer).sign(mixed(dir), "Ký 3 văn bản");

        assertThat(result.failures()).hasSize(3).allSatisfy(f -> assertThat(f.error())
                .get()
                .extracting(e -> ((RemoteSigningException) e).reason())
                .isEqualTo(RemoteSigningException.Reason.EXPIRED));
    }

    @Test
    void batchSign_whenProviderHasNoBatchCall_fallsBackToOneRequestPerDocument(@TempDir Path dir) throws Exception {
        RemoteSigner oneByOne = new RemoteSigner() {
            @Override
            public List<RemoteCredential> listCredentials(String userId) {
                return signer.listCredentials(userId);
            }

            @Override
            public PendingSignature requestSignature(
                    String userId, RemoteCredential credential, byte[] digest, String description) {
                return signer.requestSignature(userId, credential, digest, description);
            }

            @Override
            public Optional<byte[]> poll(PendingSignature pending) {
                return signer.poll(pending);
            }
        };
        BatchSigningResult result = batch(oneByOne).sign(mixed(dir), "Ký 3 văn bản");

        assertThat(result.failures()).isEmpty();
        ras.verify(3, postRequestedFor(urlEqualTo("/ras/csc/v1/credentials/authorize")));
    }
}
