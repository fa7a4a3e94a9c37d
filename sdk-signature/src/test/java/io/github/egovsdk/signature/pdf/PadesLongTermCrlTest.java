package io.github.egovsdk.signature.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.keys.SigningKeys;
import io.github.egovsdk.signature.revocation.CompositeRevocationSource;
import io.github.egovsdk.signature.revocation.CrlRevocationSource;
import io.github.egovsdk.signature.revocation.OcspRevocationSource;
import io.github.egovsdk.signature.testpki.TestCrl;
import io.github.egovsdk.signature.testpki.TestPki;
import io.github.egovsdk.signature.testpki.TestTsa;
import io.github.egovsdk.signature.tsa.TsaClient;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** B-LT whose revocation data is a CRL (the OCSP responder being down), embedded and then used offline. */
class PadesLongTermCrlTest {

    @Test
    void sign_whenOcspDownAndCrlServed_embedsTheCrlAndValidatesOffline(@TempDir Path dir) throws Exception {
        TestPki pki = new TestPki();
        KeyPair keys = TestPki.rsa();
        Path signed = dir.resolve("lt-crl.pdf");
        try (TestCrl crl = new TestCrl(pki);
                TestTsa tsaServer = new TestTsa(pki);
                TsaClient tsa = TsaClient.builder().endpoint(tsaServer.url()).build()) {
            X509Certificate leaf = pki.issue(
                    "CN=Lê Văn Cường,O=Sở Tư pháp,C=VN", keys, crl.uri(), URI.create("http://127.0.0.1:9/ocsp"));
            try (CompositeRevocationSource source = CompositeRevocationSource.ocspThenCrl(
                    OcspRevocationSource.builder()
                            .retryPolicy(RetryPolicy.none())
                            .build(),
                    // the test TSA has no distribution point: the CA's CRL URL is the configured fallback
                    CrlRevocationSource.builder()
                            .crlUrl(crl.uri())
                            .retryPolicy(RetryPolicy.none())
                            .build())) {
                PadesSigner.builder()
                        .key(SigningKeys.of(keys.getPrivate(), List.of(leaf, pki.ca)))
                        .tsa(tsa)
                        .revocation(source)
                        .level(SignatureLevel.B_LT)
                        .build()
                        .sign(SignThenVerifyTest.letter(dir), signed, PadesOptions.invisible());
            }
            assertThat(crl.requests.get()).isEqualTo(1);
        }
        SignatureReport s = SignatureValidator.builder()
                .trustAnchor(pki.root)
                .offline(true)
                .build()
                .validate(signed)
                .signatures()
                .get(0);

        assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(s.format()).isEqualTo("PAdES-BASELINE-LT");
        assertThat(s.messages()).anyMatch(m -> m.code().equals("CERT_GOOD") && m.en().contains("CRL"));
        try (PDDocument doc = Loader.loadPDF(signed.toFile())) {
            COSDictionary dss = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"));
            // the issuing CA's CRL (signer, TSA) and the root's (issuing CA)
            assertThat(dss.getCOSArray(COSName.getPDFName("CRLs")).size()).isEqualTo(2);
        }
    }
}
