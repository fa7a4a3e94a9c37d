package io.github.egovsdk.signature.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.xml.SecureXml;
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
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * XAdES B-LT: OCSP answers (or a CRL) fetched from loopback servers at signing time are embedded as RevocationValues;
 * then the servers are stopped and validation runs offline from the embedded data.
 */
class XadesLongTermTest extends TimestampedSigningTest {
    static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";

    private static SignatureValidator offline() {
        return SignatureValidator.builder().trustAnchor(pki.root).offline(true).build();
    }

    private static Path signLt(Path dir, TestOcsp ocsp, boolean enveloping) {
        Path out = dir.resolve(enveloping ? "lt-enveloping.xml" : "lt.xml");
        try (OcspRevocationSource source =
                OcspRevocationSource.builder().responder(ocsp.uri()).build()) {
            XadesSigner signer = XadesSigner.builder()
                    .key(key)
                    .tsa(tsa)
                    .level(SignatureLevel.B_LT)
                    .revocation(source)
                    .build();
            if (enveloping) {
                signer.sign(XadesBaselineTTest.EDXML, out, SignOptions.enveloping());
            } else {
                signer.sign(XadesBaselineTTest.EDXML, out, SignOptions.enveloped());
            }
        }
        return out;
    }

    /** Local names of the children of the signature's UnsignedSignatureProperties, in document order. */
    private static List<String> unsignedProperties(Path xml) throws Exception {
        try (InputStream in = Files.newInputStream(xml)) {
            Element usp = (Element) SecureXml.parse(in)
                    .getElementsByTagNameNS(XADES, "UnsignedSignatureProperties")
                    .item(0);
            List<String> names = new ArrayList<>();
            for (Node c = usp.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e) {
                    names.add(e.getLocalName());
                }
            }
            return names;
        }
    }

    @Test
    void signEnveloped_whenLevelLt_embedsValuesAndValidatesOfflineWithTheResponderStopped(@TempDir Path dir)
            throws Exception {
        Path signed;
        try (TestOcsp ocsp = new TestOcsp(pki)) {
            signed = signLt(dir, ocsp, false);
            assertThat(ocsp.requests.get()).isGreaterThanOrEqualTo(1);
        }

        SignatureReport s = offline().validate(signed).signatures().get(0);
        assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(s.format()).isEqualTo("XAdES-BASELINE-LT");
        assertThat(s.messages()).anyMatch(m -> m.code().equals("CERT_GOOD") && m.en().contains("OCSP"));
        assertThat(unsignedProperties(signed))
                .containsExactly("SignatureTimeStamp", "CertificateValues", "RevocationValues");
        assertThat(Files.readString(signed))
                .contains("<xades:OCSPValues>")
                .contains("<xades:EncapsulatedOCSPValue>")
                .contains("<xades:EncapsulatedX509Certificate>");
    }

    @Test
    void signEnveloping_whenLevelLt_validatesOfflineAsLt(@TempDir Path dir) throws Exception {
        Path signed;
        try (TestOcsp ocsp = new TestOcsp(pki)) {
            signed = signLt(dir, ocsp, true);
        }

        SignatureReport s = offline().validate(signed).signatures().get(0);
        assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(s.format()).isEqualTo("XAdES-BASELINE-LT");
        assertThat(s.coversWholeDocument()).isTrue();
    }

    @Test
    void validate_whenBaselineTOffline_isNotLtAndRevocationIsNotClaimed(@TempDir Path dir) {
        Path signed = dir.resolve("t.xml");
        XadesSigner.builder().key(key).tsa(tsa).build().sign(XadesBaselineTTest.EDXML, signed, SignOptions.enveloped());

        SignatureReport s = offline().validate(signed).signatures().get(0);
        assertThat(s.format()).isEqualTo("XAdES-BASELINE-T");
        assertThat(s.messages()).extracting(m -> m.code()).doesNotContain("CERT_GOOD");
    }

    @Test
    void sign_whenSignerRevoked_refusesTheExtensionAndWritesNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("revoked.xml");
        try (TestOcsp ocsp = new TestOcsp(pki);
                OcspRevocationSource source =
                        OcspRevocationSource.builder().responder(ocsp.uri()).build()) {
            ocsp.revoked.add(pki.signer.getSerialNumber());
            XadesSigner signer = XadesSigner.builder()
                    .key(key)
                    .tsa(tsa)
                    .level(SignatureLevel.B_LT)
                    .revocation(source)
                    .build();

            assertThatThrownBy(() -> signer.sign(XadesBaselineTTest.EDXML, out, SignOptions.enveloped()))
                    .isInstanceOf(EgovClientException.class)
                    .hasMessageContaining("revoked");
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void extend_whenOcspDownAndCrlServed_embedsCrlValuesAndValidatesOffline(@TempDir Path dir) throws Exception {
        KeyPair keys = TestPki.rsa();
        Path bt = dir.resolve("bt.xml");
        Path lt = dir.resolve("lt-crl.xml");
        try (TestCrl crl = new TestCrl(pki)) {
            X509Certificate leaf = pki.issue(
                    "CN=Lê Văn Cường,O=Sở Tư pháp,C=VN", keys, crl.uri(), URI.create("http://127.0.0.1:9/ocsp"));
            XadesSigner.builder()
                    .key(SigningKeys.of(keys.getPrivate(), List.of(leaf, pki.ca)))
                    .tsa(tsa)
                    .build()
                    .sign(XadesBaselineTTest.EDXML, bt, SignOptions.enveloped());
            try (CompositeRevocationSource source = CompositeRevocationSource.ocspThenCrl(
                    OcspRevocationSource.builder()
                            .retryPolicy(RetryPolicy.none())
                            .build(),
                    // the test TSA has no distribution point: the CA's CRL URL is the configured fallback
                    CrlRevocationSource.builder()
                            .crlUrl(crl.uri())
                            .retryPolicy(RetryPolicy.none())
                            .build())) {
                XadesExtender.builder()
                        .revocation(source)
                        .certificates(List.of(pki.ca))
                        .build()
                        .extend(bt, lt);
            }
            assertThat(crl.requests.get()).isGreaterThanOrEqualTo(1);
        }

        SignatureReport s = offline().validate(lt).signatures().get(0);
        assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(s.format()).isEqualTo("XAdES-BASELINE-LT");
        assertThat(s.messages()).anyMatch(m -> m.code().equals("CERT_GOOD") && m.en().contains("CRL"));
        assertThat(Files.readString(lt)).contains("<xades:CRLValues>");
    }

    @Test
    void extend_whenSignatureHasNoTimestamp_isRefused(@TempDir Path dir) {
        Path bb = dir.resolve("bb.xml");
        XadesSigner.builder().key(key).build().sign(XadesBaselineTTest.EDXML, bb, SignOptions.enveloped());
        XadesExtender extender =
                XadesExtender.builder().revocation((c, i) -> Optional.empty()).build();

        assertThatThrownBy(() -> extender.extend(bb, dir.resolve("lt.xml")))
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("SignatureTimeStamp");
    }

    @Test
    void builder_whenLevelLtWithoutRevocationSource_isRefused() {
        assertThatThrownBy(() -> XadesSigner.builder()
                        .key(key)
                        .tsa(tsa)
                        .level(SignatureLevel.B_LT)
                        .build())
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("revocation source");
    }

    @Test
    @Tag("interop")
    void xmlsec1Verify_whenBaselineLt_stillAcceptsTheSignature(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/xmlsec1")), "xmlsec1 not installed");
        Path signed;
        try (TestOcsp ocsp = new TestOcsp(pki)) {
            signed = signLt(dir, ocsp, false);
        }
        Path roots = Files.writeString(
                dir.resolve("roots.pem"),
                XadesDetachedTest.pem(pki.root.getEncoded()) + XadesDetachedTest.pem(pki.ca.getEncoded()));

        String out = XadesDetachedTest.run(
                dir,
                "xmlsec1",
                "--verify",
                "--trusted-pem",
                roots.toString(),
                "--id-attr:Id",
                "http://uri.etsi.org/01903/v1.3.2#:SignedProperties",
                signed.toString());
        assertThat(out).contains("OK").doesNotContain("FAIL");
    }
}
