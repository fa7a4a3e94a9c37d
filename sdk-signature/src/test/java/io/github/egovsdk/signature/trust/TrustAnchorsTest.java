package io.github.egovsdk.signature.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.verify.SubIndication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TrustAnchorsTest {
    static final Path ANCHORS = Path.of(System.getProperty("egov.corpus.dir"), "vn-trust-anchors");

    @Test
    void builtIn_whenLoaded_matchTheCorpusFingerprints() {
        assertThat(TrustAnchors.vietnamNationalRoot().getSubjectX500Principal().getName())
                .contains("Vietnam National Root CA");
        assertThat(TrustAnchors.governmentG2Root().getSubjectX500Principal().getName())
                .contains("G2");
        assertThat(TrustAnchors.vietnam())
                .extracting(TrustAnchors::sha256)
                .containsExactly(TrustAnchors.VN_NATIONAL_ROOT_SHA256, TrustAnchors.VN_GOVERNMENT_G2_SHA256);
    }

    @Test
    void fromPath_whenCorpusFolderOfMixedPemAndDer_readsAllFour() {
        assertThat(TrustAnchors.fromPath(ANCHORS))
                .hasSize(4)
                .extracting(TrustAnchors::sha256)
                .contains(TrustAnchors.VN_NATIONAL_ROOT_SHA256, TrustAnchors.VN_GOVERNMENT_G2_SHA256);
        assertThatThrownBy(() -> TrustAnchors.fromPath(ANCHORS.resolve("SOURCES.txt")))
                .isInstanceOf(EgovClientException.class);
    }

    @Test
    void validator_whenVietnameseRootsTrusted_stillFindsNoChainForTheDssTestPki() {
        var report = SignatureValidator.builder()
                .trustAnchors(TrustAnchors.vietnam())
                .build()
                .validate(Path.of(System.getProperty("egov.corpus.dir"), "signatures", "dss__pdf-signed-original.pdf"));
        assertThat(report.signatures().get(0).subIndication()).isEqualTo(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
    }
}
