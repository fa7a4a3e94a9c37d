package io.github.egovsdk.signature.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every signed file of ../shared/corpus/signatures against the verdict of its SOURCES.tsv, with no trust anchor:
 * intact files end INDETERMINATE/NO_CERTIFICATE_CHAIN_FOUND; tampered, wrapped, shadow-attacked and weak ones are
 * never TOTAL_PASSED and are caught with the sub-indication that names the problem.
 */
class CorpusVerdictTest {
    static final Path DIR = Path.of(System.getProperty("egov.corpus.dir"), "signatures");
    private final SignatureValidator validator = SignatureValidator.builder().build();

    /** Expected outcome: INTACT (untrusted chain only), or the sub-indication at least one signature must carry. */
    static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("dss__pdf-signed-original.pdf", "INTACT"),
            Map.entry("dss__pades-signed-annot-added.pdf", "INTACT"),
            Map.entry("pdfattacker__hide-and-replace-v1-3-signed.pdf", "INTACT"),
            Map.entry("pdfattacker__replace-overlay-v1-3-signed.pdf", "INTACT"),
            Map.entry("dss__xsw-original.xml", "INTACT"),
            Map.entry("dss__cades-bes-signeddata-enveloping.p7m", "INTACT"),
            Map.entry("dss__dss-1220-CAdES-BpB_revoked_signingCertificate.p7m", "INTACT"),
            Map.entry("dss__pdf-signed-corrupted.pdf", "FORMAT_FAILURE"),
            Map.entry("dss__pdf-signed-out-of-byteRange.pdf", "FORMAT_FAILURE"),
            Map.entry("dss__siwa.pdf", "FORMAT_FAILURE"),
            Map.entry("dss__pdf-signed-added-page.pdf", "FORMAT_FAILURE"),
            Map.entry("dss__pdf-spoofing-attack.pdf", "FORMAT_FAILURE"),
            Map.entry("dss__pdf-byterange-overlap.pdf", "FORMAT_FAILURE"),
            Map.entry("dss__hello_signed_INCSAVE_signed_EDITED.pdf", "FORMAT_FAILURE"),
            Map.entry("dss__dss-2236-hide.pdf", "FORMAT_FAILURE"),
            Map.entry("pdfattacker__hide-and-replace-v1-4-manipulated.pdf", "FORMAT_FAILURE"),
            Map.entry("pdfattacker__replace-overlay-v1-4-manipulated.pdf", "FORMAT_FAILURE"),
            Map.entry("dss__pkcs7_sha1.pdf", "CRYPTO_CONSTRAINTS_FAILURE"),
            Map.entry("dss__xsw-XSW-enveloped-fake-signedProperties.xml", "SIGNED_DATA_NOT_FOUND"),
            Map.entry("dss__xsw-XSW-enveloping-fake-manifest.xml", "SIGNED_DATA_NOT_FOUND"),
            Map.entry("dss__xsw-XSW-enveloping-fake-object.xml", "SIGNED_DATA_NOT_FOUND"),
            Map.entry("dss__xsw-XSW-enveloped-fake-content.xml", "SIGNED_DATA_NOT_FOUND"),
            Map.entry("dss__xsw-XSW-enveloped-fake-content-two-same-id.xml", "FORMAT_FAILURE"),
            Map.entry("dss__xades-tampered-reference.xml", "SIGNED_DATA_NOT_FOUND"),
            Map.entry("dss__xades-tampered-keyinfo.xml", "SIGNED_DATA_NOT_FOUND"),
            Map.entry("dss__dss-signed-altered-refRemoved.xml", "SIG_CRYPTO_FAILURE"),
            Map.entry("dss__xmldsig-only.xml", "NO_SIGNING_CERTIFICATE_FOUND"),
            Map.entry("dss__xades-wrong-sign-cert-digest.xml", "NO_SIGNING_CERTIFICATE_FOUND"),
            // as DSS: the injected counter-signature signs no parent SignatureValue (TOTAL_FAILED/HASH_FAILURE)
            Map.entry("dss__xades-counter-signature-injected.xml", "HASH_FAILURE"),
            Map.entry("dss__dss-2011-cades-enveloping-broken.pkcs7", "HASH_FAILURE"),
            Map.entry("dss__cms-no-sign-cert.p7m", "NO_SIGNING_CERTIFICATE_FOUND"),
            Map.entry("dss__dss-1220-CAdES-BpT_modified_ts_hash.p7m", "FORMAT_FAILURE"),
            // The shadow "replace" of DSS-2236 changes a form field's value and appearance after an approval
            // signature without DocMDP form-filling permission: strict fails it (DSS only warns).
            Map.entry("dss__dss-2236-replace.pdf", "FORMAT_FAILURE"));

    /** Refused before any signature is looked at (DTD in the document). */
    static final List<String> REJECTED = List.of(
            "dss__xades-with-dtd-injection.xml",
            "santuario__manifestSignatureWrapping.xml",
            "santuario__signature-joseph-exc-md5.xml");

    static Stream<String> signedFiles() throws Exception {
        return Files.readAllLines(DIR.resolve("SOURCES.tsv")).stream()
                .skip(1)
                .map(l -> l.split("\t")[0])
                .filter(f -> !f.startsWith("detached-content")
                        && !f.endsWith("-detached.p7s")
                        && !f.endsWith("-detached.pkcs7"));
    }

    @ParameterizedTest
    @MethodSource("signedFiles")
    void validate_whenCorpusFile_matchesItsKnownVerdict(String file) {
        if (REJECTED.contains(file)) {
            assertThatThrownBy(() -> validator.validate(DIR.resolve(file)))
                    .isInstanceOf(SignatureValidationException.class)
                    .hasMessageContaining("DTD");
            return;
        }
        assertThat(EXPECTED).as("expected verdict listed for " + file).containsKey(file);
        ValidationReport report = validator.validate(DIR.resolve(file));

        assertThat(report.signatures()).as(file + " has signatures").isNotEmpty();
        assertThat(report.valid()).isFalse();
        assertThat(report.signatures()).noneMatch(SignatureReport::passed);
        String expected = EXPECTED.get(file);
        if (expected.equals("INTACT")) {
            assertThat(report.signatures()).allSatisfy(s -> {
                assertThat(s.indication()).isEqualTo(Indication.INDETERMINATE);
                assertThat(s.subIndication()).isEqualTo(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
                assertThat(s.modifiedAfterSigning()).isFalse();
            });
        } else {
            assertThat(report.signatures())
                    .extracting(s -> String.valueOf(s.subIndication()))
                    .contains(expected);
        }
        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.messages())
                .allSatisfy(m -> assertThat(m.vi()).isNotBlank()));
    }

    @Test
    void validate_whenShadowAttackedPdf_reportsTheModificationAndTheIntactSignedRevision() {
        SignatureReport s = validator
                .validate(DIR.resolve("pdfattacker__hide-and-replace-v1-4-manipulated.pdf"))
                .signatures()
                .get(0);
        assertThat(s.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(s.modifiedAfterSigning()).isTrue();
        assertThat(s.coversWholeDocument()).isFalse();
        assertThat(s.messages())
                .extracting(ReportMessage::code)
                .contains("MODIFIED_AFTER_SIGNING")
                .doesNotContain("DIGEST_MISMATCH", "SIGNATURE_VALUE");
        assertThat(SignatureValidator.builder()
                        .policy(ValidationPolicy.lenient())
                        .build()
                        .validate(DIR.resolve("pdfattacker__hide-and-replace-v1-4-manipulated.pdf"))
                        .signatures()
                        .get(0)
                        .subIndication())
                .isEqualTo(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
    }

    @Test
    void validate_whenDetachedCadesWithRightOrWrongContent_passesCryptoOrFailsHash() {
        for (String f : List.of("dss__cades-bes-signeddata-detached.p7s", "dss__dss-2011-cades-detached.pkcs7")) {
            SignatureReport hello = validator
                    .validate(DIR.resolve(f), DIR.resolve("detached-content__hello-world.txt"))
                    .signatures()
                    .get(0);
            SignatureReport bye = validator
                    .validate(DIR.resolve(f), DIR.resolve("detached-content__bye-world.txt"))
                    .signatures()
                    .get(0);
            assertThat(hello.subIndication()).as(f).isEqualTo(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
            assertThat(bye.indication()).as(f).isEqualTo(Indication.TOTAL_FAILED);
            assertThat(bye.subIndication()).as(f).isEqualTo(SubIndication.HASH_FAILURE);
        }
    }

    @Test
    void validate_whenNotASignatureFile_throwsTypedError() {
        Path edxml = Path.of(System.getProperty("egov.corpus.dir"), "edxml", "vpcp-sdk_status_01.edxml");
        assertThat(validator.validate(edxml).signatures()).isEmpty();
        assertThatThrownBy(() -> validator.validate(DIR.resolve("detached-content__hello-world.txt")))
                .isInstanceOf(SignatureValidationException.class);
    }
}
