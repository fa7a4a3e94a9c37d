package io.github.egovsdk.signature.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.signature.keys.SigningKeys;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.testpki.TestOcsp;
import io.github.egovsdk.signature.testpki.TestPki;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.verify.SubIndication;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revocation checking against a real OCSP responder on loopback. */
class OcspRevocationTest {

    @Test
    void validate_whenSignerRevokedOrGoodOrResponderDown_givesRevokedPassedOrTryLater(@TempDir Path dir)
            throws Exception {
        TestPki pki = new TestPki();
        Path pdf = dir.resolve("in.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        Path signed = dir.resolve("signed.pdf");
        PadesSigner.builder()
                .key(SigningKeys.of(pki.signerKey(), List.of(pki.signer, pki.ca)))
                .build()
                .sign(pdf, signed, PadesOptions.invisible());
        try (TestOcsp ocsp = new TestOcsp(pki);
                OcspRevocationSource source =
                        OcspRevocationSource.builder().responder(ocsp.uri()).build()) {
            SignatureValidator validator = SignatureValidator.builder()
                    .trustAnchor(pki.root)
                    .revocation(source)
                    .build();

            SignatureReport good = validator.validate(signed).signatures().get(0);
            assertThat(good.indication()).as(good.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(good.messages()).anyMatch(m -> m.code().equals("CERT_GOOD"));

            ocsp.revoked.add(pki.signer.getSerialNumber());
            try (OcspRevocationSource fresh =
                    OcspRevocationSource.builder().responder(ocsp.uri()).build()) {
                SignatureReport revoked = SignatureValidator.builder()
                        .trustAnchor(pki.root)
                        .revocation(fresh)
                        .build()
                        .validate(signed)
                        .signatures()
                        .get(0);
                assertThat(revoked.indication()).isEqualTo(Indication.TOTAL_FAILED);
                assertThat(revoked.subIndication()).isEqualTo(SubIndication.REVOKED);
            }
            assertThat(ocsp.requests.get()).isEqualTo(2);
        }
        try (OcspRevocationSource down = OcspRevocationSource.builder()
                .responder(URI.create("http://127.0.0.1:9/ocsp"))
                .retryPolicy(RetryPolicy.none())
                .build()) {
            SignatureReport unknown = SignatureValidator.builder()
                    .trustAnchor(pki.root)
                    .revocation(down)
                    .build()
                    .validate(signed)
                    .signatures()
                    .get(0);
            assertThat(unknown.subIndication()).isEqualTo(SubIndication.TRY_LATER);
        }
    }
}
