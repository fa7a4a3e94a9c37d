package io.github.egovsdk.signature.remote;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.EgovServiceException;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
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
 * SmartCA sp769 shapes on WireMock: one {@code signatures/sign} with every document in {@code sign_files}, the user's
 * one confirmation on the "phone" after a few polls, and the answer by {@code doc_id}.
 */
class SmartCaRemoteSigningTest {
    private static final String USER = "0912345678";
    private static TestPki pki;
    private Phone phone;
    private WireMockServer smartca;
    private SmartCaRemoteSigner signer;
    private RemoteCredential credential;

    /** Signs every requested hash with the subscriber's key once the user "approves" (after two pending polls). */
    static final class Phone implements ResponseDefinitionTransformerV2 {
        final Map<String, List<String[]>> transactions = new ConcurrentHashMap<>();
        final AtomicInteger polls = new AtomicInteger();
        final PrivateKey key;
        volatile String finalMessage = "SUCCESS";
        final Set<String> omitted = ConcurrentHashMap.newKeySet();

        Phone(PrivateKey key) {
            this.key = key;
        }

        @Override
        public String getName() {
            return "phone";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent e) {
            String url = e.getRequest().getUrl();
            try {
                if (url.endsWith("/signatures/sign")) {
                    JsonNode body = EgovJson.mapper().readTree(e.getRequest().getBodyAsString());
                    String tx = body.path("transaction_id").asString();
                    List<String[]> signed = new ArrayList<>();
                    for (JsonNode f : body.path("sign_files")) {
                        byte[] hash = HexFormat.of()
                                .parseHex(f.path("data_to_be_signed").asString());
                        Signature raw = Signature.getInstance("NONEwithRSA");
                        raw.initSign(key);
                        raw.update(new DigestInfo(
                                        new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE),
                                        hash)
                                .getEncoded());
                        signed.add(new String[] {
                            f.path("doc_id").asString(), Base64.getEncoder().encodeToString(raw.sign())
                        });
                    }
                    transactions.put(tx, signed);
                    return json("{\"status_code\":200,\"message\":\"SUCCESS\",\"data\":{\"transaction_id\":\"" + tx
                            + "\",\"tran_code\":\"T1\"}}");
                }
                String tx = url.replaceAll(".*/sign/([^/]+)/status", "$1");
                if (polls.incrementAndGet() < 3) {
                    return json("{\"status_code\":200,\"message\":\"PENDING\",\"data\":{\"signatures\":null}}");
                }
                if (!finalMessage.equals("SUCCESS")) {
                    return json("{\"status_code\":200,\"message\":\"" + finalMessage + "\",\"data\":{}}");
                }
                StringBuilder sigs = new StringBuilder();
                for (String[] s : transactions.get(tx)) {
                    if (!omitted.contains(s[0])) {
                        sigs.append(sigs.isEmpty() ? "" : ",")
                                .append("{\"doc_id\":\"")
                                .append(s[0])
                                .append("\",\"signature_value\":\"")
                                .append(s[1])
                                .append("\"}");
                    }
                }
                return json("{\"status_code\":200,\"message\":\"SUCCESS\",\"data\":{\"signatures\":[" + sigs + "]}}");
            } catch (Exception ex) {
                return new ResponseDefinitionBuilder().withStatus(500).build();
            }
        }

        private static ResponseDefinition json(String body) {
            return new ResponseDefinitionBuilder()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)
                    .build();
        }
    }

    static Path pdf(Path dir) throws Exception {
        Path p = dir.resolve("in-" + System.nanoTime() + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(p.toFile());
        }
        return p;
    }

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
        phone = new Phone(pki.signerKey());
        smartca = new WireMockServer(options().dynamicPort().extensions(phone));
        smartca.start();
        smartca.stubFor(post(urlEqualTo("/sca/sp769/v1/credentials/get_certificate"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status_code\":200,\"data\":"
                                + "{\"user_certificates\":[{\"cert_id\":\"c1\",\"serial_number\":\""
                                + pki.signer.getSerialNumber().toString(16) + "\",\"cert_data\":\""
                                + Base64.getEncoder().encodeToString(pki.signer.getEncoded()) + "\"}]}}")));
        smartca.stubFor(post(urlPathMatching("/sca/sp769/v1/signatures/sign(/.*/status)?"))
                .willReturn(aResponse().withTransformers("phone")));
        signer = SmartCaRemoteSigner.builder()
                .endpoint(smartca.baseUrl())
                .relyingParty("sp-test", "sp-secret-Q9")
                .build();
        credential = signer.listCredentials(USER).get(0);
    }

    @AfterEach
    void stop() {
        signer.close();
        smartca.stop();
    }

    private BatchSigner batch() {
        return BatchSigner.builder()
                .remoteSigner(signer)
                .userId(USER)
                .credential(credential)
                .timeout(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20))
                .build();
    }

    /** A PDF, an XML and a text file (CAdES detached), all signed with the credential's certificate. */
    private List<BatchDocument> mixed(Path dir) throws Exception {
        Path xml = Files.writeString(dir.resolve("to-khai.xml"), "<ToKhai><HoTen>Nguyễn Văn An</HoTen></ToKhai>");
        Path txt = Files.writeString(dir.resolve("bao-cao.txt"), "Báo cáo tháng 11");
        return List.of(
                BatchDocument.of(
                        PadesSigner.builder().certificates(credential.chain()).build(),
                        pdf(dir),
                        dir.resolve("signed.pdf"),
                        new PadesOptions("Nguyễn Văn An", "Ký từ xa", null, null)),
                BatchDocument.of(
                        XadesSigner.builder().certificates(credential.chain()).build(),
                        xml,
                        dir.resolve("to-khai-signed.xml"),
                        SignOptions.enveloped()),
                BatchDocument.of(
                        CadesSigner.builder().certificates(credential.chain()).build(),
                        txt,
                        dir.resolve("bao-cao.txt.p7s"),
                        SignOptions.detached()));
    }

    @Test
    void batchSign_whenUserApprovesOnce_signsEveryDocumentThroughOneRequest(@TempDir Path dir) throws Exception {
        BatchSigningResult result = batch().sign(mixed(dir), "Ký 3 văn bản");

        assertThat(result.failures()).isEmpty();
        assertThat(result.signedCount()).isEqualTo(3);
        smartca.verify(1, postRequestedFor(urlEqualTo("/sca/sp769/v1/signatures/sign")));
        JsonNode request = EgovJson.mapper()
                .readTree(smartca.findAll(postRequestedFor(urlEqualTo("/sca/sp769/v1/signatures/sign")))
                        .get(0)
                        .getBodyAsString());
        assertThat(request.path("sign_files")).hasSize(3);
        assertThat(request.path("sign_files").get(1).path("file_type").asString())
                .isEqualTo("xml");
        assertThat(phone.polls.get()).isEqualTo(3);
        SignatureValidator validator =
                SignatureValidator.builder().trustAnchor(pki.ca).build();
        for (BatchSigningResult.Item item : result.items()) {
            Path detached = item.output().toString().endsWith(".p7s") ? item.input() : null;
            SignatureReport r =
                    validator.validate(item.output(), detached).signatures().get(0);
            assertThat(r.indication()).as(item.output() + ": " + r.messages()).isEqualTo(Indication.TOTAL_PASSED);
        }
        assertThat(signer.toString()).doesNotContain("sp-secret-Q9");
    }

    @Test
    void batchSign_whenProviderOmitsOneDocument_failsOnlyThatOne(@TempDir Path dir) throws Exception {
        phone.omitted.add("doc-2");
        BatchSigningResult result = batch().sign(mixed(dir), "Ký 3 văn bản");

        assertThat(result.signedCount()).isEqualTo(2);
        assertThat(result.items().get(1).error())
                .get()
                .isInstanceOf(RemoteSigningException.class)
                .extracting(e -> ((RemoteSigningException) e).reason())
                .isEqualTo(RemoteSigningException.Reason.MISSING);
        assertThat(result.items().get(1).output()).doesNotExist();
        assertThat(result.items().get(0).output()).exists();
        assertThat(result.items().get(2).output()).exists();
    }

    @Test
    void batchSign_whenUserRejects_failsEveryDocumentAsRejected(@TempDir Path dir) throws Exception {
        phone.finalMessage = "REJECTED";
        BatchSigningResult result = batch().sign(mixed(dir), "Ký 3 văn bản");

        assertThat(result.signedCount()).isZero();
        assertThat(result.failures()).hasSize(3).allSatisfy(f -> assertThat(f.error())
                .get()
                .isInstanceOf(EgovServiceException.class)
                .extracting(e -> ((RemoteSigningException) e).reason())
                .isEqualTo(RemoteSigningException.Reason.REJECTED));
        assertThat(dir.resolve("signed.pdf")).doesNotExist();
    }

    @Test
    void batchSign_whenTransactionExpires_failsAsExpired(@TempDir Path dir) throws Exception {
        phone.finalMessage = "EXPIRED";
        BatchSigningResult result = batch().sign(mixed(dir), "Ký 3 văn bản");

        assertThat(result.failures()).hasSize(3);
        assertThat(result.failures().get(0).error())
                .get()
                .extracting(e -> ((RemoteSigningException) e).reason())
                .isEqualTo(RemoteSigningException.Reason.EXPIRED);
        assertThat(result.failures().get(0).error().get().getMessage()).contains("EXPIRED");
    }

    @Test
    void batchSign_whenCancelledOrTooSlow_stopsWaitingWithTheReason(@TempDir Path dir) throws Exception {
        BatchSigningResult cancelled = BatchSigner.builder()
                .remoteSigner(signer)
                .userId(USER)
                .credential(credential)
                .cancelled(() -> true)
                .build()
                .sign(mixed(dir), "Ký");
        BatchSigningResult late = BatchSigner.builder()
                .remoteSigner(signer)
                .userId(USER)
                .credential(credential)
                .timeout(Duration.ofMillis(30))
                .pollInterval(Duration.ofMillis(20))
                .build()
                .sign(mixed(dir), "Ký");

        assertThat(cancelled.failures().get(0).error())
                .get()
                .extracting(e -> ((RemoteSigningException) e).reason())
                .isEqualTo(RemoteSigningException.Reason.CANCELLED);
        assertThat(late.failures().get(0).error())
                .get()
                .extracting(e -> ((RemoteSigningException) e).reason())
                .isEqualTo(RemoteSigningException.Reason.TIMED_OUT);
    }

    @Test
    void batchSign_whenADocumentCannotBePrepared_stillSignsTheOthers(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("hong.pdf"), "not a PDF");
        List<BatchDocument> docs = new ArrayList<>(mixed(dir));
        docs.add(
                0,
                BatchDocument.of(
                        PadesSigner.builder().certificates(credential.chain()).build(),
                        broken,
                        dir.resolve("hong-signed.pdf"),
                        PadesOptions.invisible()));
        BatchSigningResult result = batch().sign(docs, "Ký 4 văn bản");

        assertThat(result.signedCount()).isEqualTo(3);
        assertThat(result.items().get(0).signed()).isFalse();
        JsonNode request = EgovJson.mapper()
                .readTree(smartca.findAll(postRequestedFor(urlEqualTo("/sca/sp769/v1/signatures/sign")))
                        .get(0)
                        .getBodyAsString());
        assertThat(request.path("sign_files")).hasSize(3);
    }
}
