package io.github.egovsdk.signature.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.sign.SignOptions;
import io.github.egovsdk.signature.testpki.TimestampedSigningTest;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.verify.SubIndication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XAdES B-T (SignatureTimeStamp) enveloped and enveloping, verified by our validator and by xmlsec1. */
class XadesBaselineTTest extends TimestampedSigningTest {
    static final Path EDXML = Path.of(System.getProperty("egov.corpus.dir"), "edxml", "vpcp-sdk_status_01.edxml");
    static SignatureValidator trusting;

    @BeforeAll
    static void trust() {
        trusting = SignatureValidator.builder().trustAnchor(pki.root).build();
    }

    private static XadesSigner withTsa() {
        return XadesSigner.builder().key(key).tsa(tsa).build();
    }

    @Test
    void signEnveloped_whenTsaGiven_isBaselineTWithAValidTimestamp(@TempDir Path dir) {
        Path signed = dir.resolve("status-t.xml");
        withTsa().sign(EDXML, signed, SignOptions.enveloped());

        SignatureReport s = trusting.validate(signed).signatures().get(0);
        assertThat(withTsa().level()).isEqualTo(SignatureLevel.B_T);
        assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(s.format()).isEqualTo("XAdES-BASELINE-T");
        assertThat(s.timestamp()).isNotNull();
        assertThat(s.timestamp().valid()).isTrue();
    }

    @Test
    void signEnveloping_whenXmlDocument_isWholeAndPassesBAndT(@TempDir Path dir) throws Exception {
        Path b = dir.resolve("enveloping-b.xml");
        Path t = dir.resolve("enveloping-t.xml");
        XadesSigner.builder().key(key).build().sign(EDXML, b, SignOptions.enveloping());
        withTsa().sign(EDXML, t, SignOptions.enveloping());

        SignatureReport sb = trusting.validate(b).signatures().get(0);
        SignatureReport st = trusting.validate(t).signatures().get(0);
        assertThat(sb.indication()).as(sb.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(sb.format()).isEqualTo("XAdES-BASELINE-B");
        assertThat(sb.coversWholeDocument()).isTrue();
        assertThat(st.indication()).as(st.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(st.format()).isEqualTo("XAdES-BASELINE-T");
        assertThat(Files.readString(t))
                .startsWith("<?xml")
                .contains("<ds:Signature")
                .contains("000.00.00.H41");
    }

    @Test
    void signEnveloping_whenEnvelopedContentChanged_failsHash(@TempDir Path dir) throws Exception {
        Path signed = dir.resolve("enveloping.xml");
        XadesSigner.builder().key(key).build().sign(EDXML, signed, SignOptions.enveloping());
        Path tampered = Files.writeString(
                dir.resolve("t.xml"), Files.readString(signed).replace("000.00.00.H41", "000.00.00.H42"));

        SignatureReport s = trusting.validate(tampered).signatures().get(0);
        assertThat(s.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(s.subIndication()).isEqualTo(SubIndication.HASH_FAILURE);
    }

    @Test
    void validate_whenTimestampTakenFromAnotherSignature_isIndeterminate(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a.xml");
        Path second = dir.resolve("b.xml");
        withTsa().sign(EDXML, first, SignOptions.enveloped());
        withTsa().sign(EDXML, second, SignOptions.enveloped());
        Pattern token = Pattern.compile("<xades:EncapsulatedTimeStamp>([^<]+)</xades:EncapsulatedTimeStamp>");
        Matcher other = token.matcher(Files.readString(second));
        assertThat(other.find()).isTrue();
        Path swapped = Files.writeString(
                dir.resolve("swapped.xml"),
                token.matcher(Files.readString(first))
                        .replaceFirst(
                                "<xades:EncapsulatedTimeStamp>" + other.group(1) + "</xades:EncapsulatedTimeStamp>"));

        SignatureReport s = trusting.validate(swapped).signatures().get(0);
        assertThat(s.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(s.subIndication()).isEqualTo(SubIndication.FORMAT_FAILURE);
        assertThat(s.timestamp().valid()).isFalse();
        assertThat(s.messages()).extracting(m -> m.code()).contains("TIMESTAMP_INVALID");
    }

    @Test
    @Tag("interop")
    void xmlsec1Verify_whenEnvelopedAndEnvelopingBaselineT_acceptsBoth(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/xmlsec1")), "xmlsec1 not installed");
        Path enveloped = dir.resolve("enveloped.xml");
        Path enveloping = dir.resolve("enveloping.xml");
        withTsa().sign(EDXML, enveloped, SignOptions.enveloped());
        withTsa().sign(EDXML, enveloping, SignOptions.enveloping());
        Path roots = Files.writeString(dir.resolve("roots.pem"), pem(pki.root.getEncoded()) + pem(pki.ca.getEncoded()));

        for (Path signed : List.of(enveloped, enveloping)) {
            String out = run(
                    "xmlsec1",
                    "--verify",
                    "--trusted-pem",
                    roots.toString(),
                    "--id-attr:Id",
                    "http://uri.etsi.org/01903/v1.3.2#:SignedProperties",
                    "--id-attr:Id",
                    "http://www.w3.org/2000/09/xmldsig#:Object",
                    signed.toString());
            assertThat(out).as(signed.getFileName().toString()).contains("OK").doesNotContain("FAIL");
        }
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
