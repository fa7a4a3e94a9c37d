package io.github.egovsdk.signature.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.egovsdk.signature.sign.SignOptions;
import io.github.egovsdk.signature.testpki.TimestampedSigningTest;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.verify.SubIndication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XAdES detached: a Reference to the content file by URI, verified only against the content the caller gives. */
class XadesDetachedTest extends TimestampedSigningTest {
    static final String TEXT = "Tờ trình số 12/TTr-VP về việc ký số";
    static SignatureValidator trusting;

    @BeforeAll
    static void trust() {
        trusting = SignatureValidator.builder().trustAnchor(pki.root).build();
    }

    private static Path content(Path dir) throws Exception {
        return Files.writeString(dir.resolve("Tờ trình 12.txt"), TEXT);
    }

    @Test
    void signDetached_whenContentGiven_passesAsBaselineTCoveringTheWholeContent(@TempDir Path dir) throws Exception {
        Path content = content(dir);
        Path signed = dir.resolve("to-trinh.xml");
        XadesSigner.builder().key(key).tsa(tsa).build().sign(content, signed, SignOptions.detached());

        SignatureReport s = trusting.validate(signed, content).signatures().get(0);
        assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(s.format()).isEqualTo("XAdES-BASELINE-T");
        assertThat(s.coversWholeDocument()).isTrue();
        assertThat(Files.readString(signed))
                .contains("URI=\"T%E1%BB%9D%20tr%C3%ACnh%2012.txt\"")
                .doesNotContain(TEXT);
    }

    @Test
    void signDetached_whenSigned_declaresTheDataObjectFormatOfTheContentReference(@TempDir Path dir) throws Exception {
        Path signed = dir.resolve("to-trinh.xml");
        XadesSigner.builder().key(key).build().sign(content(dir), signed, SignOptions.detached());
        String xml = Files.readString(signed);

        Matcher ref = Pattern.compile("<ds:Reference Id=\"([^\"]+)\" URI=\"T%").matcher(xml);
        assertThat(ref.find()).as(xml).isTrue();
        assertThat(xml)
                .contains("<xades:DataObjectFormat ObjectReference=\"#" + ref.group(1) + "\">")
                .containsPattern("<xades:MimeType>[a-z]+/[a-z.+-]+</xades:MimeType>");
    }

    @Test
    void validate_whenDetachedContentNotGiven_isSignedDataNotFoundEvenWithTheFileNextToIt(@TempDir Path dir)
            throws Exception {
        Path content = content(dir);
        Path signed = dir.resolve("to-trinh.xml");
        XadesSigner.builder().key(key).build().sign(content, signed, SignOptions.detached());

        SignatureReport s = trusting.validate(signed).signatures().get(0);
        assertThat(s.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(s.subIndication()).isEqualTo(SubIndication.SIGNED_DATA_NOT_FOUND);
        assertThat(s.messages()).extracting(m -> m.code()).contains("DETACHED_CONTENT_MISSING");
    }

    @Test
    void validate_whenOtherContentGiven_failsHash(@TempDir Path dir) throws Exception {
        Path content = content(dir);
        Path signed = dir.resolve("to-trinh.xml");
        XadesSigner.builder().key(key).build().sign(content, signed, SignOptions.detached());
        Path other = Files.writeString(dir.resolve("other.txt"), TEXT.replace("12", "13"));

        SignatureReport s = trusting.validate(signed, other).signatures().get(0);
        assertThat(s.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(s.subIndication()).isEqualTo(SubIndication.HASH_FAILURE);
    }

    @Test
    @Tag("interop")
    void xmlsec1Verify_whenDetachedNextToTheContent_acceptsTheSignature(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/xmlsec1")), "xmlsec1 not installed");
        Path content = content(dir);
        Path signed = dir.resolve("to-trinh.xml");
        XadesSigner.builder().key(key).tsa(tsa).build().sign(content, signed, SignOptions.detached());
        Path roots = Files.writeString(dir.resolve("roots.pem"), pem(pki.root.getEncoded()) + pem(pki.ca.getEncoded()));

        String ok = run(
                dir,
                "xmlsec1",
                "--verify",
                "--trusted-pem",
                roots.toString(),
                "--id-attr:Id",
                "http://uri.etsi.org/01903/v1.3.2#:SignedProperties",
                signed.toString());
        Files.writeString(content, TEXT + ".");
        String changed = run(
                dir,
                "xmlsec1",
                "--verify",
                "--trusted-pem",
                roots.toString(),
                "--id-attr:Id",
                "http://uri.etsi.org/01903/v1.3.2#:SignedProperties",
                signed.toString());

        assertThat(ok).contains("OK").doesNotContain("FAIL");
        assertThat(changed).doesNotContain("Verification status: OK");
    }

    static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END CERTIFICATE-----\n";
    }

    static String run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
