package io.github.egovsdk.signature.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.signature.keys.SigningKeys;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.testpki.TestCrl;
import io.github.egovsdk.signature.testpki.TestOcsp;
import io.github.egovsdk.signature.testpki.TestPki;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.verify.SubIndication;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CRL checking against a CRL generated in the test and served on loopback, alone and after OCSP. */
class CrlRevocationTest {
    static TestPki pki;
    static TestCrl crl;
    static KeyPair leafKeys;
    static X509Certificate leaf;

    @BeforeAll
    static void start() throws Exception {
        pki = new TestPki();
        crl = new TestCrl(pki);
        leafKeys = TestPki.rsa();
        leaf = pki.issue("CN=Trần Thị Bình,O=Sở Nội vụ,C=VN", leafKeys, crl.uri(), null);
    }

    @AfterAll
    static void stop() {
        crl.close();
    }

    private static CrlRevocationSource source() {
        return CrlRevocationSource.builder().retryPolicy(RetryPolicy.none()).build();
    }

    private static Path signed(Path dir) throws Exception {
        Path pdf = dir.resolve("in.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        Path out = dir.resolve("signed.pdf");
        PadesSigner.builder()
                .key(SigningKeys.of(leafKeys.getPrivate(), List.of(leaf, pki.ca)))
                .build()
                .sign(pdf, out, PadesOptions.invisible());
        return out;
    }

    private static SignatureReport validate(Path file, RevocationSource source) {
        return SignatureValidator.builder()
                .trustAnchor(pki.root)
                .revocation(source)
                .build()
                .validate(file)
                .signatures()
                .get(0);
    }

    @Test
    void validate_whenLeafListedOnItsIssuersCrl_isRevoked(@TempDir Path dir) throws Exception {
        crl.revoked.add(leaf.getSerialNumber());
        try (CrlRevocationSource source = source()) {
            SignatureReport s = validate(signed(dir), source);

            assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_FAILED);
            assertThat(s.subIndication()).isEqualTo(SubIndication.REVOKED);
            assertThat(s.messages()).anyMatch(m -> m.code().equals("CERT_REVOKED") && m.en().contains("CRL"));
        } finally {
            crl.revoked.clear();
        }
    }

    @Test
    void status_whenLeafNotListed_isGoodAndTheCrlIsCachedUntilNextUpdate(@TempDir Path dir) throws Exception {
        crl.revoked.add(leaf.getSerialNumber().add(BigInteger.valueOf(1_000_000))); // another serial
        int before = crl.requests.get();
        try (CrlRevocationSource source = source()) {
            SignatureReport s = validate(signed(dir), source);
            RevocationStatus again = source.status(leaf, pki.ca).orElseThrow();

            assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(s.messages()).anyMatch(m -> m.code().equals("CERT_GOOD") && m.en().contains("CRL"));
            assertThat(again.state()).isEqualTo(RevocationStatus.State.GOOD);
            assertThat(again.evidence().type()).isEqualTo(RevocationData.Type.CRL);
            assertThat(crl.requests.get() - before).isEqualTo(1);
        } finally {
            crl.revoked.clear();
        }
    }

    @Test
    void status_whenCrlSignedByAWrongKey_isNotTrustedAndValidationSaysTryLater(@TempDir Path dir) throws Exception {
        crl.signingKey = TestPki.rsa().getPrivate();
        crl.revoked.add(leaf.getSerialNumber());
        try (CrlRevocationSource source = source()) {
            assertThat(source.status(leaf, pki.ca)).isEmpty();
            SignatureReport s = validate(signed(dir), source);

            assertThat(s.indication()).isEqualTo(Indication.INDETERMINATE);
            assertThat(s.subIndication()).isEqualTo(SubIndication.TRY_LATER);
        } finally {
            crl.signingKey = pki.caKeys.getPrivate();
            crl.revoked.clear();
        }
    }

    @Test
    void status_whenCrlPastItsNextUpdate_isNotUsed() {
        crl.nextUpdate = Duration.ofMinutes(-1);
        try (CrlRevocationSource source = source()) {
            assertThat(source.status(leaf, pki.ca)).isEmpty();
        } finally {
            crl.nextUpdate = Duration.ofDays(7);
        }
    }

    @Test
    void status_whenCertificateHasNoDistributionPoint_usesTheFixedUrlOrNothing() {
        X509Certificate noCdp = pki.issue("CN=Không CDP,C=VN", leafKeys, null, null);
        crl.revoked.add(noCdp.getSerialNumber());
        try (CrlRevocationSource none = source();
                CrlRevocationSource fixed = CrlRevocationSource.builder()
                        .crlUrl(crl.uri())
                        .retryPolicy(RetryPolicy.none())
                        .build()) {
            assertThat(none.status(noCdp, pki.ca)).isEmpty();
            assertThat(fixed.status(noCdp, pki.ca).orElseThrow().state()).isEqualTo(RevocationStatus.State.REVOKED);
        } finally {
            crl.revoked.clear();
        }
    }

    @Test
    void ocspThenCrl_whenOcspResponderDown_fallsBackToTheCrl() {
        crl.revoked.add(leaf.getSerialNumber());
        try (CompositeRevocationSource source = CompositeRevocationSource.ocspThenCrl(
                OcspRevocationSource.builder()
                        .responder(URI.create("http://127.0.0.1:9/ocsp"))
                        .retryPolicy(RetryPolicy.none())
                        .build(),
                source())) {
            RevocationStatus s = source.status(leaf, pki.ca).orElseThrow();

            assertThat(s.state()).isEqualTo(RevocationStatus.State.REVOKED);
            assertThat(s.sourceLabel()).isEqualTo("CRL");
        } finally {
            crl.revoked.clear();
        }
    }

    @Test
    void ocspThenCrl_whenOcspAnswers_neverFetchesTheCrl() throws Exception {
        int before = crl.requests.get();
        try (TestOcsp ocsp = new TestOcsp(pki);
                CompositeRevocationSource source = CompositeRevocationSource.ocspThenCrl(
                        OcspRevocationSource.builder().responder(ocsp.uri()).build(), source())) {
            RevocationStatus s = source.status(leaf, pki.ca).orElseThrow();

            assertThat(s.state()).isEqualTo(RevocationStatus.State.GOOD);
            assertThat(s.sourceLabel()).isEqualTo("OCSP");
            assertThat(crl.requests.get()).isEqualTo(before);
        }
    }
}
