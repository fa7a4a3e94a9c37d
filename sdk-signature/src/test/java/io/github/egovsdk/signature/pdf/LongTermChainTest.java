package io.github.egovsdk.signature.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.signature.LongTermValidationDataException;
import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.revocation.OcspRevocationSource;
import io.github.egovsdk.signature.revocation.RevocationSource;
import io.github.egovsdk.signature.testpki.TestOcsp;
import io.github.egovsdk.signature.testpki.TimestampedSigningTest;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * B-LT covers every chain a verifier validates, not only the signer: with a key store holding the signer and its
 * issuing CA (no root), the root is fetched through the CA's AIA caIssuers and the CA's status is embedded too; when
 * a CA's status cannot be had, B-LT is refused with a typed exception and nothing is written.
 */
class LongTermChainTest extends TimestampedSigningTest {

    @Test
    void sign_whenKeyStoreLacksTheRoot_fetchesItThroughAiaAndEmbedsTheCaStatus(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("lt.pdf");
        Set<String> asked = new HashSet<>();
        try (TestOcsp ocsp = new TestOcsp(pki);
                OcspRevocationSource source =
                        OcspRevocationSource.builder().responder(ocsp.uri()).build()) {
            RevocationSource recording = (cert, issuer) -> {
                asked.add(cert.getSubjectX500Principal().getName());
                return source.status(cert, issuer);
            };
            assertThat(key.chain()).doesNotContain(pki.root);
            PadesSigner.builder()
                    .key(key)
                    .tsa(tsa)
                    .revocation(recording)
                    .level(SignatureLevel.B_LT)
                    .build()
                    .sign(SignThenVerifyTest.letter(dir), out, PadesOptions.invisible());
        }

        assertThat(asked)
                .contains(
                        pki.signer.getSubjectX500Principal().getName(),
                        pki.ca.getSubjectX500Principal().getName(),
                        pki.tsa.getSubjectX500Principal().getName());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            var dss = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"));
            assertThat(dss.getCOSArray(COSName.getPDFName("OCSPs")).size())
                    .as("signer, TSA and CA answers")
                    .isGreaterThanOrEqualTo(2);
            assertThat(dss.getCOSArray(COSName.getPDFName("Certs")).size())
                    .as("signer, CA, TSA and root")
                    .isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void sign_whenTheIssuingCaStatusCannotBeObtained_refusesWithATypedExceptionAndWritesNothing(@TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("lt.pdf");
        try (TestOcsp ocsp = new TestOcsp(pki);
                OcspRevocationSource source =
                        OcspRevocationSource.builder().responder(ocsp.uri()).build()) {
            RevocationSource onlyEndEntities = (X509Certificate cert, X509Certificate issuer) ->
                    cert.equals(pki.ca) ? Optional.empty() : source.status(cert, issuer);
            PadesSigner signer = PadesSigner.builder()
                    .key(key)
                    .tsa(tsa)
                    .revocation(onlyEndEntities)
                    .level(SignatureLevel.B_LT)
                    .build();

            assertThatThrownBy(() -> signer.sign(SignThenVerifyTest.letter(dir), out, PadesOptions.invisible()))
                    .isInstanceOfSatisfying(LongTermValidationDataException.class, e -> {
                        assertThat(e.reason()).isEqualTo(LongTermValidationDataException.Reason.REVOCATION_UNAVAILABLE);
                        assertThat(e.subject()).contains("Test Issuing CA");
                        assertThat(e.getMessage()).contains("Không tạo được dữ liệu kiểm tra dài hạn");
                    });
        }
        assertThat(out).doesNotExist();
        assertThat(List.of(dir.toFile().list())).noneMatch(n -> n.endsWith(".part"));
    }
}
