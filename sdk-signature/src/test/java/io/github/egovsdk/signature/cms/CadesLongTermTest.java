package io.github.egovsdk.signature.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.keys.SigningKeys;
import io.github.egovsdk.signature.revocation.CompositeRevocationSource;
import io.github.egovsdk.signature.revocation.CrlRevocationSource;
import io.github.egovsdk.signature.revocation.OcspRevocationSource;
import io.github.egovsdk.signature.sign.SignOptions;
import io.github.egovsdk.signature.testpki.TestCrl;
import io.github.egovsdk.signature.testpki.TestOcsp;
import io.github.egovsdk.signature.testpki.TestPki;
import io.github.egovsdk.signature.testpki.TimestampedSigningTest;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CAdES B-LT, .p7s and .p7m: OCSP answers (or a CRL) from loopback servers go into SignedData.crls, the chains into
 * SignedData.certificates; the servers are then stopped and validation runs offline; openssl still verifies the CMS.
 */
class CadesLongTermTest extends TimestampedSigningTest {
    static final String TEXT = "Tờ trình số 12/TTr-VP về việc ký số";

    private static Path content(Path dir) throws Exception {
        return Files.writeString(dir.resolve("to-trinh.txt"), TEXT);
    }

    private static Path signLt(Path dir, boolean detached) throws Exception {
        Path out = dir.resolve(detached ? "to-trinh.txt.p7s" : "to-trinh.txt.p7m");
        try (TestOcsp ocsp = new TestOcsp(pki);
                OcspRevocationSource source =
                        OcspRevocationSource.builder().responder(ocsp.uri()).build()) {
            CadesSigner.builder()
                    .key(key)
                    .tsa(tsa)
                    .level(SignatureLevel.B_LT)
                    .revocation(source)
                    .build()
                    .sign(content(dir), out, detached ? SignOptions.detached() : SignOptions.enveloping());
            assertThat(ocsp.requests.get()).isGreaterThanOrEqualTo(1);
        }
        return out;
    }

    private static SignatureReport offline(Path signed, Path detached) {
        return SignatureValidator.builder()
                .trustAnchor(pki.root)
                .offline(true)
                .build()
                .validate(signed, detached)
                .signatures()
                .get(0);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void sign_whenLevelLt_embedsDataAndValidatesOfflineWithTheResponderStopped(boolean detached, @TempDir Path dir)
            throws Exception {
        Path signed = signLt(dir, detached);

        SignatureReport s = offline(signed, detached ? dir.resolve("to-trinh.txt") : null);
        assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(s.format()).isEqualTo("CAdES-BASELINE-LT");
        assertThat(s.messages()).anyMatch(m -> m.code().equals("CERT_GOOD") && m.en().contains("OCSP"));
        CMSSignedData sd = new CMSSignedData(Files.readAllBytes(signed));
        assertThat(sd.getOtherRevocationInfo(CMSObjectIdentifiers.id_ri_ocsp_response)
                        .getMatches(null))
                .isNotEmpty();
        assertThat(sd.getCertificates().getMatches(null)).hasSizeGreaterThanOrEqualTo(3); // signer, CA, TSA
        assertThat(sd.getSignedContent() == null).isEqualTo(detached);
    }

    @Test
    void validate_whenBaselineTOffline_isNotLt(@TempDir Path dir) throws Exception {
        Path signed = dir.resolve("t.p7m");
        CadesSigner.builder().key(key).tsa(tsa).build().sign(content(dir), signed, SignOptions.enveloping());

        SignatureReport s = offline(signed, null);
        assertThat(s.format()).isEqualTo("CAdES-BASELINE-T");
        assertThat(s.messages()).extracting(m -> m.code()).doesNotContain("CERT_GOOD");
    }

    @Test
    void sign_whenSignerRevoked_refusesTheExtensionAndWritesNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("revoked.p7m");
        Path content = content(dir);
        try (TestOcsp ocsp = new TestOcsp(pki);
                OcspRevocationSource source =
                        OcspRevocationSource.builder().responder(ocsp.uri()).build()) {
            ocsp.revoked.add(pki.signer.getSerialNumber());
            CadesSigner signer = CadesSigner.builder()
                    .key(key)
                    .tsa(tsa)
                    .level(SignatureLevel.B_LT)
                    .revocation(source)
                    .build();

            assertThatThrownBy(() -> signer.sign(content, out, SignOptions.enveloping()))
                    .isInstanceOf(EgovClientException.class)
                    .hasMessageContaining("revoked");
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void extend_whenDetachedBaselineTAndOcspDownButCrlServed_embedsTheCrlAndValidatesOffline(@TempDir Path dir)
            throws Exception {
        KeyPair keys = TestPki.rsa();
        Path content = content(dir);
        Path bt = dir.resolve("bt.p7s");
        Path lt = dir.resolve("lt.p7s");
        try (TestCrl crl = new TestCrl(pki)) {
            X509Certificate leaf = pki.issue(
                    "CN=Lê Văn Cường,O=Sở Tư pháp,C=VN", keys, crl.uri(), URI.create("http://127.0.0.1:9/ocsp"));
            CadesSigner.builder()
                    .key(SigningKeys.of(keys.getPrivate(), List.of(leaf, pki.ca)))
                    .tsa(tsa)
                    .build()
                    .sign(content, bt, SignOptions.detached());
            try (CompositeRevocationSource source = CompositeRevocationSource.ocspThenCrl(
                    OcspRevocationSource.builder()
                            .retryPolicy(RetryPolicy.none())
                            .build(),
                    // the test TSA has no distribution point: the CA's CRL URL is the configured fallback
                    CrlRevocationSource.builder()
                            .crlUrl(crl.uri())
                            .retryPolicy(RetryPolicy.none())
                            .build())) {
                CadesExtender.builder().revocation(source).build().extend(bt, lt);
            }
        }

        SignatureReport s = offline(lt, content);
        assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(s.format()).isEqualTo("CAdES-BASELINE-LT");
        assertThat(s.messages()).anyMatch(m -> m.code().equals("CERT_GOOD") && m.en().contains("CRL"));
        // the issuing CA's CRL (signer, TSA) and the root's (issuing CA)
        assertThat(new CMSSignedData(Files.readAllBytes(lt)).getCRLs().getMatches(null))
                .hasSize(2);
    }

    @Test
    void extend_whenSignatureHasNoTimestamp_isRefused(@TempDir Path dir) throws Exception {
        Path bb = dir.resolve("bb.p7m");
        CadesSigner.builder().key(key).build().sign(content(dir), bb, SignOptions.enveloping());
        CadesExtender extender =
                CadesExtender.builder().revocation((c, i) -> Optional.empty()).build();

        assertThatThrownBy(() -> extender.extend(bb, dir.resolve("lt.p7m")))
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("time-stamp");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    @Tag("interop")
    void opensslCmsVerify_whenBaselineLt_stillVerifies(boolean detached, @TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl not installed");
        Path signed = signLt(dir, detached);
        Path roots = Files.writeString(dir.resolve("roots.pem"), pem(pki.root.getEncoded()));
        Path extracted = dir.resolve("extracted.txt");
        String out = detached
                ? run(
                        "openssl",
                        "cms",
                        "-verify",
                        "-binary",
                        "-inform",
                        "DER",
                        "-in",
                        signed.toString(),
                        "-content",
                        dir.resolve("to-trinh.txt").toString(),
                        "-CAfile",
                        roots.toString(),
                        "-purpose",
                        "any",
                        "-out",
                        extracted.toString())
                : run(
                        "openssl",
                        "cms",
                        "-verify",
                        "-binary",
                        "-inform",
                        "DER",
                        "-in",
                        signed.toString(),
                        "-CAfile",
                        roots.toString(),
                        "-purpose",
                        "any",
                        "-out",
                        extracted.toString());
        String listing = run("openssl", "cms", "-cmsout", "-print", "-inform", "DER", "-in", signed.toString());

        assertThat(out).contains("Verification successful");
        assertThat(Files.readString(extracted)).isEqualTo(TEXT);
        assertThat(listing)
                .contains("otherRevInfoFormat")
                .contains("1.3.6.1.5.5.7.16.2")
                .contains("Test TSA");
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END CERTIFICATE-----\n";
    }

    private static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
