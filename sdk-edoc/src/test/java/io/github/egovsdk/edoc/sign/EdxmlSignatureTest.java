package io.github.egovsdk.edoc.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.egovsdk.edoc.Attachment;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdocVerification;
import io.github.egovsdk.edoc.EdxmlReader;
import io.github.egovsdk.edoc.EdxmlVerifier;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.EnvelopeSignature;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.ParsedEdxml;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.verify.SubIndication;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EdxmlSignatureTest {
    private static final Path CORPUS = Path.of(System.getProperty("egov.corpus.dir"), "edxml");
    private static TestPki pki;
    private static SignatureValidator trusting;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() throws Exception {
        pki = new TestPki("Văn phòng UBND tỉnh Bắc Ninh");
        trusting = SignatureValidator.builder().trustAnchor(pki.root).build();
    }

    private Path signedMessage() throws Exception {
        Path pdf = dir.resolve("cong-van.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        Path signedPdf = dir.resolve("cong-van.SIGNED.pdf");
        PadesSigner.builder().key(pki.agencyKey).build().sign(pdf, signedPdf, PadesOptions.invisible());
        EdocDocument document = EdocDocument.builder()
                .from(Organization.of("000.00.00.H27", "UBND tỉnh Bắc Ninh"))
                .to(Organization.of("000.00.12.H27", "Sở Tư pháp tỉnh Bắc Ninh"))
                .code("123", "UBND-VP")
                .promulgation("Bắc Ninh", LocalDate.of(2026, 11, 23))
                .subject("V/v triển khai liên thông văn bản & <ký số>")
                .attachment(Attachment.ofFile("1", signedPdf))
                .build();
        Path edxml = dir.resolve("signed.edxml");
        EdxmlWriter.standard().withHeaderSignature(pki.agencyKey).write(document, edxml);
        return edxml;
    }

    @Test
    void withHeaderSignature_whenVerifiedWithTheRootTrusted_envelopeAndAttachmentPass() throws Exception {
        Path edxml = signedMessage();

        EdocVerification v = EdxmlVerifier.of(trusting).verify(edxml);

        assertThat(v.envelope()).isEqualTo(EnvelopeSignature.XMLDSIG);
        assertThat(v.envelopeReport()).hasValueSatisfying(r -> {
            assertThat(r.indication()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(r.signer().subject()).contains("Văn phòng UBND tỉnh Bắc Ninh");
        });
        assertThat(v.envelopeValid()).isTrue();
        assertThat(v.attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("cong-van.SIGNED.pdf");
            assertThat(a.report()).hasValueSatisfying(r -> assertThat(r.valid()).isTrue());
        });
        assertThat(v.attachmentsValid()).isTrue();
        assertThat(v.warnings()).isEmpty();
    }

    @Test
    void withHeaderSignature_whenRead_classifiedXmldsigAndModelUnchanged() throws Exception {
        Path edxml = signedMessage();
        String xml = Files.readString(edxml);

        ParsedEdxml parsed = EdxmlReader.builder().build().read(edxml);

        assertThat(parsed.signature()).isEqualTo(EnvelopeSignature.XMLDSIG);
        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.subject()).isEqualTo("V/v triển khai liên thông văn bản & <ký số>");
        assertThat(xml)
                .contains("xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"")
                .contains("http://www.w3.org/2001/10/xml-exc-c14n#")
                .contains("xmldsig-more#rsa-sha256")
                .contains("http://www.w3.org/2001/04/xmlenc#sha256")
                .doesNotContain("http://www.w3.org/TR/xml-exc-c14n#");
        // the signature is the header's last child and the body follows the header as usual
        assertThat(xml.indexOf("</ds:Signature>")).isLessThan(xml.indexOf("</edXML:edXMLHeader>"));
        assertThat(xml.indexOf("</edXML:edXMLHeader>")).isLessThan(xml.indexOf("<edXML:edXMLBody>"));
    }

    @Test
    void verify_whenHeaderChangedAfterSigning_envelopeFailsAsWarningAndAttachmentStillPasses() throws Exception {
        Path edxml = signedMessage();
        String xml = Files.readString(edxml);
        Files.writeString(edxml, xml.replace("V/v triển khai", "V/v hủy bỏ"));

        EdocVerification v = EdxmlVerifier.of(trusting).verify(edxml);

        assertThat(v.envelopeReport()).hasValueSatisfying(r -> {
            assertThat(r.indication()).isEqualTo(Indication.TOTAL_FAILED);
            assertThat(r.sub()).contains(SubIndication.HASH_FAILURE);
        });
        assertThat(v.envelopeValid()).isFalse();
        assertThat(v.warnings())
                .singleElement()
                .asString()
                .contains("TOTAL_FAILED")
                .contains("axis");
        assertThat(v.attachmentsValid()).isTrue();
    }

    @Test
    void verify_whenRootNotTrusted_envelopeIsIndeterminateNoChain() throws Exception {
        Path edxml = signedMessage();

        EdocVerification v =
                EdxmlVerifier.of(SignatureValidator.builder().build()).verify(edxml);

        assertThat(v.envelopeReport()).hasValueSatisfying(r -> {
            assertThat(r.indication()).isEqualTo(Indication.INDETERMINATE);
            assertThat(r.sub()).contains(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
        });
    }

    @Test
    void verify_whenASecondSignatureIsInjected_envelopeIsNotVerifiedAndWarned() throws Exception {
        Path edxml = signedMessage();
        String xml = Files.readString(edxml);
        int start = xml.indexOf("<ds:Signature");
        String signature = xml.substring(start, xml.indexOf("</ds:Signature>") + "</ds:Signature>".length());
        Files.writeString(edxml, xml.replace("</edXML:MessageHeader>", signature + "</edXML:MessageHeader>"));

        EdocVerification v = EdxmlVerifier.of(trusting).verify(edxml);

        assertThat(v.envelopeReport()).isEmpty();
        assertThat(v.envelopeValid()).isFalse();
        assertThat(v.warnings()).singleElement().asString().contains("exactly one");
    }

    @Tag("interop")
    @Test
    void withHeaderSignature_whenCheckedByXmlsec1_verifies() throws Exception {
        assumeThat(new File("/usr/bin/xmlsec1"))
                .as("xmlsec1 installed by .ci/run")
                .exists();
        Path edxml = signedMessage();
        Path rootPem = dir.resolve("root.pem");
        Files.writeString(
                rootPem,
                "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(pki.root.getEncoded())
                        + "\n-----END CERTIFICATE-----\n");

        Process p = new ProcessBuilder(
                        "xmlsec1",
                        "--verify",
                        "--trusted-pem",
                        rootPem.toString(),
                        "--enabled-reference-uris",
                        "empty",
                        edxml.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("OK");
    }

    static Stream<Path> corpus() throws Exception {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".edxml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void verify_whenCorpusFile_placeholderOrNoneIsNotVerifiedAndNothingThrows(Path file) {
        EdocVerification v = EdxmlVerifier.of(trusting).verify(file);

        assertThat(v.envelope()).isIn(EnvelopeSignature.NONE, EnvelopeSignature.PLACEHOLDER);
        assertThat(v.envelopeReport()).isEmpty();
        assertThat(v.attachments()).allSatisfy(a -> assertThat(a.report().isPresent() || a.note() != null)
                .isTrue());
        assertThat(List.of(v.envelopeValid(), v.attachmentsValid())).containsOnly(false);
    }
}
