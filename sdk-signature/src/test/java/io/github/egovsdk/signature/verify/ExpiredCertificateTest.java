package io.github.egovsdk.signature.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.signature.keys.SigningKeys;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.revocation.OcspRevocationSource;
import io.github.egovsdk.signature.testpki.TestOcsp;
import io.github.egovsdk.signature.testpki.TestPki;
import io.github.egovsdk.signature.testpki.TestTsa;
import io.github.egovsdk.signature.tsa.TsaClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ETSI EN 319 102-1 indications for a signing certificate past its validity, with and without proof of existence. */
class ExpiredCertificateTest {
    static TestPki pki;

    @BeforeAll
    static void pki() {
        pki = new TestPki();
    }

    private static Path blank(Path dir) throws Exception {
        Path pdf = dir.resolve("in.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    @Test
    void validate_whenLeafExpiredAndNoTimestamp_isOutOfBoundsNoPoe(@TempDir Path dir) throws Exception {
        Path signed = dir.resolve("expired.pdf");
        PadesSigner.builder()
                .key(SigningKeys.of(pki.signerKey(), List.of(pki.expiredSigner, pki.ca)))
                .build()
                .sign(blank(dir), signed, PadesOptions.invisible());

        SignatureReport s = SignatureValidator.builder()
                .trustAnchor(pki.root)
                .build()
                .validate(signed)
                .signatures()
                .get(0);
        assertThat(s.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(s.subIndication()).isEqualTo(SubIndication.OUT_OF_BOUNDS_NO_POE);
        assertThat(s.messages()).extracting(ReportMessage::code).contains("CERT_EXPIRED");
    }

    @Test
    void validate_whenLeafExpiredButStatusSaysNotRevoked_isOutOfBoundsNotRevoked(@TempDir Path dir) throws Exception {
        Path signed = dir.resolve("expired.pdf");
        PadesSigner.builder()
                .key(SigningKeys.of(pki.signerKey(), List.of(pki.expiredSigner, pki.ca)))
                .build()
                .sign(blank(dir), signed, PadesOptions.invisible());
        try (TestOcsp ocsp = new TestOcsp(pki);
                OcspRevocationSource source =
                        OcspRevocationSource.builder().responder(ocsp.uri()).build()) {
            SignatureReport s = SignatureValidator.builder()
                    .trustAnchor(pki.root)
                    .revocation(source)
                    .build()
                    .validate(signed)
                    .signatures()
                    .get(0);

            assertThat(s.indication()).isEqualTo(Indication.INDETERMINATE);
            assertThat(s.subIndication()).isEqualTo(SubIndication.OUT_OF_BOUNDS_NOT_REVOKED);
            assertThat(ocsp.requests.get()).isEqualTo(1);
        }
    }

    @Test
    void validate_whenLeafExpiredLaterButTimestampProvesEarlierExistence_passes(@TempDir Path dir) throws Exception {
        Path signed = dir.resolve("t.pdf");
        try (TestTsa tsaServer = new TestTsa(pki);
                TsaClient tsa = TsaClient.builder().endpoint(tsaServer.url()).build()) {
            PadesSigner.builder()
                    .key(SigningKeys.of(pki.signerKey(), List.of(pki.signer, pki.ca)))
                    .tsa(tsa)
                    .build()
                    .sign(blank(dir), signed, PadesOptions.invisible());
        }
        Clock inTwoYears = Clock.fixed(Instant.now().plus(Duration.ofDays(730)), ZoneOffset.UTC);
        SignatureValidator later = SignatureValidator.builder()
                .trustAnchor(pki.root)
                .clock(inTwoYears)
                .build();

        SignatureReport s = later.validate(signed).signatures().get(0);
        assertThat(pki.signer.getNotAfter().toInstant()).isBefore(inTwoYears.instant());
        assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(s.format()).isEqualTo("PAdES-BASELINE-T");
    }
}
