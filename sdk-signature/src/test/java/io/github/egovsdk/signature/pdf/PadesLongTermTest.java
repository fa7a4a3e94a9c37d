package io.github.egovsdk.signature.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.revocation.OcspRevocationSource;
import io.github.egovsdk.signature.testpki.TestOcsp;
import io.github.egovsdk.signature.testpki.TimestampedSigningTest;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.verify.ValidationReport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PAdES B-LT / B-LTA with the generated PKI: OCSP answers fetched from a loopback responder at signing time are
 * embedded, then the responder is stopped and validation uses only the embedded data.
 */
class PadesLongTermTest extends TimestampedSigningTest {

    private static SignatureValidator offline() {
        return SignatureValidator.builder().trustAnchor(pki.root).offline(true).build();
    }

    private static Path sign(Path dir, String name, SignatureLevel level, TestOcsp ocsp) throws Exception {
        Path out = dir.resolve(name);
        try (OcspRevocationSource source =
                OcspRevocationSource.builder().responder(ocsp.uri()).build()) {
            PadesSigner.builder()
                    .key(key)
                    .tsa(tsa)
                    .revocation(source)
                    .level(level)
                    .build()
                    .sign(SignThenVerifyTest.letter(dir), out, PadesOptions.invisible());
        }
        return out;
    }

    private static int dssSize(Path pdf, String key) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            COSDictionary dss = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"));
            return dss == null || dss.getCOSArray(COSName.getPDFName(key)) == null
                    ? 0
                    : dss.getCOSArray(COSName.getPDFName(key)).size();
        }
    }

    @Test
    void sign_whenLevelLt_embedsDssAndValidatesOfflineWithTheResponderStopped(@TempDir Path dir) throws Exception {
        Path signed;
        try (TestOcsp ocsp = new TestOcsp(pki)) {
            signed = sign(dir, "lt.pdf", SignatureLevel.B_LT, ocsp);
            assertThat(ocsp.requests.get()).isGreaterThanOrEqualTo(1);
        }
        ValidationReport report = offline().validate(signed);

        SignatureReport s = report.signatures().get(0);
        assertThat(report.signatures()).hasSize(1);
        assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(s.format()).isEqualTo("PAdES-BASELINE-LT");
        assertThat(s.modifiedAfterSigning()).isFalse();
        assertThat(s.coversWholeDocument()).isFalse();
        assertThat(s.messages()).anyMatch(m -> m.code().equals("CERT_GOOD") && m.en().contains("OCSP"));
        assertThat(dssSize(signed, "Certs")).isGreaterThanOrEqualTo(3);
        assertThat(dssSize(signed, "OCSPs")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void validate_whenOnlineSourceIsDownButDataIsEmbedded_usesTheEmbeddedData(@TempDir Path dir) throws Exception {
        Path signed;
        try (TestOcsp ocsp = new TestOcsp(pki)) {
            signed = sign(dir, "lt.pdf", SignatureLevel.B_LT, ocsp);
        }
        try (OcspRevocationSource down = OcspRevocationSource.builder()
                .responder(URI.create("http://127.0.0.1:9/ocsp"))
                .retryPolicy(RetryPolicy.none())
                .build()) {
            SignatureReport s = SignatureValidator.builder()
                    .trustAnchor(pki.root)
                    .revocation(down)
                    .build()
                    .validate(signed)
                    .signatures()
                    .get(0);

            assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(s.messages())
                    .extracting(m -> m.code())
                    .contains("CERT_GOOD")
                    .doesNotContain("NO_REVOCATION_DATA");
        }
    }

    @Test
    void sign_whenLevelLta_addsADocumentTimestampAndValidatesOffline(@TempDir Path dir) throws Exception {
        Path signed;
        try (TestOcsp ocsp = new TestOcsp(pki)) {
            signed = sign(dir, "lta.pdf", SignatureLevel.B_LTA, ocsp);
        }
        ValidationReport report = offline().validate(signed);

        assertThat(report.signatures()).hasSize(1);
        SignatureReport s = report.signatures().get(0);
        assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(s.format()).isEqualTo("PAdES-BASELINE-LTA");
        assertThat(s.modifiedAfterSigning()).isFalse();
        assertThat(s.messages())
                .extracting(m -> m.code())
                .contains("DOC_TIMESTAMP")
                .doesNotContain("DOC_TIMESTAMP_INVALID", "DOC_TIMESTAMP_UNTRUSTED");
        try (PDDocument doc = Loader.loadPDF(signed.toFile())) {
            var sigs = doc.getSignatureDictionaries();
            assertThat(sigs).hasSize(2);
            assertThat(sigs.get(1).getSubFilter()).isEqualTo("ETSI.RFC3161");
            assertThat(sigs.get(1).getCOSObject().getNameAsString(COSName.TYPE)).isEqualTo("DocTimeStamp");
        }
    }

    @Test
    void validate_whenBytesChangedInsideTheDocumentTimestampedRevision_isNotLta(@TempDir Path dir) throws Exception {
        Path signed;
        try (TestOcsp ocsp = new TestOcsp(pki)) {
            signed = sign(dir, "lta.pdf", SignatureLevel.B_LTA, ocsp);
        }
        byte[] bytes = Files.readAllBytes(signed);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int producer = text.lastIndexOf("/DSS");
        bytes[producer + 1] = 'd'; // "/dSS": the time-stamped revision no longer matches its imprint
        Path tampered = Files.write(dir.resolve("tampered.pdf"), bytes);

        SignatureReport s = offline().validate(tampered).signatures().get(0);
        assertThat(s.format()).isNotEqualTo("PAdES-BASELINE-LTA");
        assertThat(s.messages()).extracting(m -> m.code()).contains("DOC_TIMESTAMP_INVALID");
    }

    @Test
    void sign_whenSignerSealAndCopyStampAtLongTermLevels_keepsThreeValidSignatures(@TempDir Path dir) throws Exception {
        Path signed = dir.resolve("chain.pdf");
        try (TestOcsp ocsp = new TestOcsp(pki);
                OcspRevocationSource source =
                        OcspRevocationSource.builder().responder(ocsp.uri()).build()) {
            PadesSigner lt = PadesSigner.builder()
                    .key(key)
                    .tsa(tsa)
                    .revocation(source)
                    .level(SignatureLevel.B_LT)
                    .build();
            lt.sign(
                    SignThenVerifyTest.letter(dir),
                    signed,
                    new PadesOptions(
                            "Nguyễn Văn An",
                            "Ký ban hành",
                            "Bắc Ninh",
                            VisibleSignature.withImage(
                                    2,
                                    330,
                                    120,
                                    220,
                                    70,
                                    SignThenVerifyTest.transparentPng(),
                                    List.of("Người ký: Nguyễn Văn An"))));
            lt.sign(
                    signed,
                    signed,
                    new PadesOptions(
                            "UBND tỉnh Bắc Ninh",
                            "Đóng dấu cơ quan",
                            "Bắc Ninh",
                            VisibleSignature.withImage(
                                    2, 300, 110, 120, 80, SignThenVerifyTest.transparentPng(), List.of("Con dấu"))));
            PadesSigner.builder()
                    .key(key)
                    .tsa(tsa)
                    .revocation(source)
                    .level(SignatureLevel.B_LTA)
                    .build()
                    .sign(
                            signed,
                            signed,
                            new PadesOptions(
                                    null,
                                    "Sao y bản chính",
                                    null,
                                    VisibleSignature.copyStamp("UBND tỉnh Bắc Ninh", "2026-11-23T10:15:00+07:00")));
        }
        ValidationReport report = offline().validate(signed);

        assertThat(report.valid()).isTrue();
        assertThat(report.signatures()).hasSize(3).allSatisfy(s -> {
            assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(s.format()).isEqualTo("PAdES-BASELINE-LTA");
            assertThat(s.modifiedAfterSigning()).isFalse();
        });
    }

    @Test
    void sign_whenSignerRevokedAtSigningTime_refusesLongTermLevel(@TempDir Path dir) throws Exception {
        try (TestOcsp ocsp = new TestOcsp(pki)) {
            ocsp.revoked.add(pki.signer.getSerialNumber());
            assertThatThrownBy(() -> sign(dir, "revoked.pdf", SignatureLevel.B_LT, ocsp))
                    .isInstanceOf(EgovClientException.class)
                    .hasMessageContaining("revoked");
        }
    }

    @Test
    void builder_whenLongTermLevelWithoutRevocationSource_isRefused() {
        assertThatThrownBy(() -> PadesSigner.builder()
                        .key(key)
                        .tsa(tsa)
                        .level(SignatureLevel.B_LT)
                        .build())
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("revocation");
        assertThatThrownBy(() ->
                        PadesSigner.builder().key(key).level(SignatureLevel.B_T).build())
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("TSA");
    }

    @Test
    void validate_whenOfflineAndNoEmbeddedData_neverCallsTheOnlineSource(@TempDir Path dir) throws Exception {
        Path signed = dir.resolve("t.pdf");
        PadesSigner.builder()
                .key(key)
                .tsa(tsa)
                .build()
                .sign(SignThenVerifyTest.letter(dir), signed, PadesOptions.invisible());
        try (TestOcsp ocsp = new TestOcsp(pki);
                OcspRevocationSource source =
                        OcspRevocationSource.builder().responder(ocsp.uri()).build()) {
            SignatureReport s = SignatureValidator.builder()
                    .trustAnchor(pki.root)
                    .revocation(source)
                    .offline(true)
                    .build()
                    .validate(signed)
                    .signatures()
                    .get(0);

            assertThat(s.indication()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(s.format()).isEqualTo("PAdES-BASELINE-T");
            assertThat(ocsp.requests.get()).isZero();
        }
    }

    @Test
    @Tag("interop")
    void pdfsig_whenLtaDocument_reportsTheSignatureAndTheTimestampValid(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdfsig")), "poppler-utils (pdfsig) not installed");
        Path signed;
        try (TestOcsp ocsp = new TestOcsp(pki)) {
            signed = sign(dir, "lta.pdf", SignatureLevel.B_LTA, ocsp);
        }
        String out = SignThenVerifyTest.run("pdfsig", signed.toString());

        // poppler validates the CAdES signature; it lists the RFC 3161 document time-stamp but cannot check it
        assertThat(out).contains("Signature #1", "Signature #2", "ETSI.CAdES.detached", "Test TSA");
        assertThat(out.split("Signature #2")[0]).contains("Signature Validation: Signature is Valid.");
        assertThat(out.split("Signature #2")[1]).contains("Total document signed");
        if (Files.isExecutable(Path.of("/usr/bin/openssl"))) {
            // the document time-stamp, checked by openssl ts over the bytes its ByteRange covers
            Path token = dir.resolve("doc-ts.der");
            Path covered = dir.resolve("covered.bin");
            try (PDDocument doc = Loader.loadPDF(signed.toFile())) {
                var ts = doc.getSignatureDictionaries().get(1);
                Files.write(token, ts.getContents());
                try (var in = Files.newInputStream(signed)) {
                    Files.write(covered, ts.getSignedContent(in));
                }
            }
            Path roots = Files.writeString(
                    dir.resolve("roots.pem"), SignThenVerifyTest.pem(pki.root) + SignThenVerifyTest.pem(pki.ca));
            String ok = SignThenVerifyTest.run(
                    "openssl",
                    "ts",
                    "-verify",
                    "-data",
                    covered.toString(),
                    "-in",
                    token.toString(),
                    "-token_in",
                    "-CAfile",
                    roots.toString());
            assertThat(ok).contains("Verification: OK");
        }
    }
}
