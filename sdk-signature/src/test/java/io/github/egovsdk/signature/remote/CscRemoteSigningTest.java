package io.github.egovsdk.signature.remote;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.testpki.TestPki;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureValidator;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSC API v1 (MySign) shapes on WireMock; signHash is answered with a real signature over the hash. */
class CscRemoteSigningTest {

    static final class SignHash implements ResponseDefinitionTransformerV2 {
        final PrivateKey key;

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
                byte[] hash = Base64.getDecoder().decode(EgovJson.mapper().readTree(e.getRequest().getBodyAsString())
                        .path("hash").get(0).asString());
                Signature raw = Signature.getInstance("NONEwithRSA");
                raw.initSign(key);
                raw.update(new DigestInfo(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE),
                        hash).getEncoded());
                return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"signatures\":[\"" + Base64.getEncoder().encodeToString(raw.sign()) + "\"]}")
                        .build();
            } catch (Exception ex) {
                return new ResponseDefinitionBuilder().withStatus(500).build();
            }
        }
    }

    @Test
    void signPdf_whenAuthorizedThroughCsc_givesAValidSignature(@TempDir Path dir) throws Exception {
        TestPki pki = new TestPki();
        WireMockServer ras = new WireMockServer(options().dynamicPort().extensions(new SignHash(pki.signerKey())));
        ras.start();
        String json = "application/json";
        ras.stubFor(post(urlEqualTo("/ras/login")).willReturn(aResponse().withHeader("Content-Type", json)
                .withBody("{\"access_token\":\"tok-csc-123456\",\"expires_in\":3600}")));
        ras.stubFor(post(urlEqualTo("/ras/csc/v1/credentials/list"))
                .withHeader("Authorization", equalTo("Bearer tok-csc-123456"))
                .willReturn(aResponse().withHeader("Content-Type", json).withBody("{\"credentialIDs\":[\"cred-1\"]}")));
        ras.stubFor(post(urlEqualTo("/ras/csc/v1/credentials/info")).willReturn(aResponse()
                .withHeader("Content-Type", json).withBody("{\"cert\":{\"serialNumber\":\"1\",\"certificates\":[\""
                        + Base64.getEncoder().encodeToString(pki.signer.getEncoded()) + "\",\""
                        + Base64.getEncoder().encodeToString(pki.ca.getEncoded()) + "\"]}}")));
        ras.stubFor(post(urlEqualTo("/ras/csc/v1/credentials/authorize")).willReturn(aResponse()
                .withHeader("Content-Type", json).withBody("{\"SAD\":\"sad-approved-on-phone\"}")));
        ras.stubFor(post(urlEqualTo("/ras/csc/v1/signatures/signHash"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("sad-approved-on-phone"))
                .willReturn(aResponse().withTransformers("signhash")));
        try (CscRemoteSigner signer = CscRemoteSigner.builder().endpoint(ras.baseUrl() + "/ras")
                .client("rp", "rp-secret", "0987654321", "adss:ras:profile:001").build()) {
            RemoteCredential cred = signer.listCredentials("0987654321").get(0);
            assertThat(cred.chain()).hasSize(2);
            Path in = SmartCaRemoteSigningTest.pdf(dir);
            Path signed = RemoteSigning.signPdf(signer, "0987654321", cred, in, dir.resolve("signed.pdf"),
                    new PadesOptions("Nguyễn Văn An", "Ký qua MySign", null, null), Duration.ofSeconds(5),
                    Duration.ofMillis(10), () -> false);
            var r = SignatureValidator.builder().trustAnchor(pki.root).build().validate(signed).signatures().get(0);
            assertThat(r.indication()).as(r.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(signer.toString()).doesNotContain("rp-secret", "tok-csc");
        } finally {
            ras.stop();
        }
    }
}
