package io.github.egovsdk.signature.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A CMS whose signer does not decode is a verdict, not an exception: the corpus's CAdES-BES enveloping signature with
 * one constructed tag of its SignerInfo changed (the signed attributes' [0] SET, an attribute's values SET) read as
 * SEQUENCE — BouncyCastle throws IllegalArgumentException from deep inside for these.
 */
class MalformedCmsTest {
    private static final Path CADES =
            Path.of(System.getProperty("egov.corpus.dir"), "signatures", "dss__cades-bes-signeddata-enveloping.p7m");

    @ParameterizedTest(name = "offset {0}: 0x{1} -> SEQUENCE")
    @CsvSource({"2171, A0", "2188, 31"})
    void validate_whenASignerTagIsChangedToSequence_isTotalFailedFormatFailure(
            int offset, String tag, @TempDir Path dir) throws Exception {
        byte[] bytes = Files.readAllBytes(CADES);
        assertThat(bytes[offset] & 0xFF)
                .as("the corpus file's tag at %d", offset)
                .isEqualTo(Integer.parseInt(tag, 16));
        bytes[offset] = 0x30;
        Path mutated = Files.write(dir.resolve("mutated.p7m"), bytes);

        List<SignatureReport> reports =
                SignatureValidator.builder().build().validate(mutated).signatures();

        assertThat(reports).hasSize(1);
        SignatureReport r = reports.get(0);
        assertThat(r.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(r.subIndication()).isEqualTo(SubIndication.FORMAT_FAILURE);
        assertThat(r.messages()).anySatisfy(m -> assertThat(m.code()).isIn("CMS_MALFORMED", "CMS_INVALID"));
    }
}
