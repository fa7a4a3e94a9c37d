package io.github.egovsdk.signature.remote;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.testpki.TestPki;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;

/** SmartCA sp769 shapes on WireMock: the "phone" signs the hash after two polls. */
class SmartCaRemoteSigningTest {

    /** Signs the requested hash with the subscriber's key, as SmartCA does once the user approves. */
    static final class Phone implements ResponseDefinitionTransformerV2 {
        final Map<String, String> signatures = new ConcurrentHashMap<>();
        final AtomicInteger polls = new AtomicInteger();
        final PrivateKey key;
        volatile boolean reject;

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
                    byte[] hash = HexFormat.of().parseHex(body.path("sign_files").get(0).path("data_to_be_signed")
                            .asString());
                    Signature raw = Signature.getInstance("NONEwithRSA");
                    raw.initSign(key);
                    raw.update(new DigestInfo(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256,
                            DERNull.INSTANCE), hash).getEncoded());
                    signatures.put(tx, Base64.getEncoder().encodeToString(raw.sign()));
                    return json("{\"status_code\":200,\"message\":\"SUCCESS\",\"data\":{\"transaction_id\":\"" + tx
                            + "\",\"tran_code\":\"T1\"}}");
                }
                String tx = url.replaceAll(".*/sign/([^/]+)/status", "$1");
                if (reject) {
                    return json("{\"status_code\":200,\"message\":\"EXPIRED\",\"data\":{}}");
                }
                if (polls.incrementAndGet() < 3) {
                    return json("{\"status_code\":200,\"message\":\"PENDING\",\"data\":{\"signatures\":null}}");
                }
                return json("{\"status_code\":200,\"message\":\"SUCCESS\",\"data\":{\"signatures\":[{\"doc_id\":\"" + tx
                        + "\",\"signature_value\":\"" + signatures.get(tx) + "\"}]}}");
            } catch (Exception ex) {
                return new ResponseDefinitionBuilder().withStatus(500).build();
            }
        }

        private static ResponseDefinition json(String body) {
            return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(body).build();
        }
    }

    static Path pdf(Path dir) throws Exception {
        Path p = dir.resolve("in-" + System.nanoTime() + ".pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(p.toFile());
        }
        return p;
    }

    @Test
    void signPdf_whenUserApprovesOnThePhone_embedsAVerifiedSignature(@TempDir Path dir) throws Exception {
        TestPki pki = new TestPki();
        Phone phone = new Phone(pki.signerKey());
        WireMockServer smartca = new WireMockServer(options().dynamicPort().extensions(phone));
        smartca.start();
        try (SmartCaRemoteSigner signer = SmartCaRemoteSigner.builder().endpoint(smartca.baseUrl())
                .relyingParty("sp-test", "sp-secret-Q9").build()) {
            smartca.stubFor(post(urlEqualTo("/sca/sp769/v1/credentials/get_certificate")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json").withBody("{\"status_code\":200,\"data\":"
                            + "{\"user_certificates\":[{\"cert_id\":\"c1\",\"serial_number\":\""
                            + pki.signer.getSerialNumber().toString(16) + "\",\"cert_data\":\""
                            + Base64.getEncoder().encodeToString(pki.signer.getEncoded()) + "\"}]}}")));
            smartca.stubFor(post(urlPathMatching("/sca/sp769/v1/signatures/sign(/.*/status)?"))
                    .willReturn(aResponse().withTransformers("phone")));

            RemoteCredential credential = signer.listCredentials("0912345678").get(0);
            Path signed = RemoteSigning.signPdf(signer, "0912345678", credential, pdf(dir),
                    dir.resolve("signed.pdf"), new PadesOptions("Nguyễn Văn An", "Ký từ xa", null, null),
                    Duration.ofSeconds(10), Duration.ofMillis(20), () -> false);

            SignatureReport r = SignatureValidator.builder().trustAnchor(pki.ca).build().validate(signed)
                    .signatures().get(0);
            assertThat(r.indication()).as(r.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(phone.polls.get()).isEqualTo(3);
            assertThat(signer.toString()).doesNotContain("sp-secret-Q9");

            phone.reject = true;
            assertThatThrownBy(() -> RemoteSigning.signPdf(signer, "0912345678", credential,
                    pdf(dir), dir.resolve("s2.pdf"), new PadesOptions(null, null, null, null),
                    Duration.ofSeconds(10), Duration.ofMillis(20), () -> false))
                    .isInstanceOf(RemoteSigningException.class).hasMessageContaining("EXPIRED");
            assertThatThrownBy(() -> RemoteSigning.await(signer, new PendingSignature("x", credential),
                    Duration.ofSeconds(5), Duration.ofMillis(10), () -> true))
                    .isInstanceOf(RemoteSigningException.class).hasMessageContaining("cancelled");
        } finally {
            smartca.stop();
        }
    }
}
