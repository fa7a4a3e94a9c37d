package io.github.egovsdk.signature.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.egovsdk.signature.WeakAlgorithmException;
import io.github.egovsdk.signature.cms.CadesSigner;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.keys.SigningKeys;
import io.github.egovsdk.signature.sign.SignOptions;
import io.github.egovsdk.signature.testpki.TestPki;
import io.github.egovsdk.signature.testpki.TestTsa;
import io.github.egovsdk.signature.tsa.TsaClient;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.verify.SubIndication;
import io.github.egovsdk.signature.verify.ValidationReport;
import io.github.egovsdk.signature.xml.XadesSigner;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signs with a generated PKI, verifies TOTAL_PASSED with the root trusted, and asks independent tools. */
class SignThenVerifyTest {
    static TestPki pki;
    static TestTsa tsaServer;
    static SigningKey key;
    static SignatureValidator trusting;

    @BeforeAll
    static void pki() throws Exception {
        pki = new TestPki();
        tsaServer = new TestTsa(pki);
        key = SigningKeys.of(pki.signerKey(), List.of(pki.signer, pki.ca));
        trusting = SignatureValidator.builder().trustAnchor(pki.root).build();
    }

    @AfterAll
    static void stop() {
        tsaServer.close();
    }

    static Path letter(Path dir) throws Exception {
        Path pdf = dir.resolve("cong-van.pdf");
        try (PDDocument doc = new PDDocument();
                InputStream font = SignThenVerifyTest.class.getResourceAsStream(VisualTemplate.FONT)) {
            PDType0Font f = PDType0Font.load(doc, font, true);
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(f, 13);
                    cs.newLineAtOffset(72, 760);
                    cs.showText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc");
                    cs.newLineAtOffset(0, -24);
                    cs.showText("V/v triển khai liên thông văn bản điện tử, trang " + (p + 1));
                    cs.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    static byte[] transparentPng() throws Exception {
        BufferedImage img = new BufferedImage(120, 60, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(200, 0, 0, 200));
        g.drawOval(5, 5, 110, 50);
        g.drawString("CHỮ KÝ", 30, 35);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void sign_whenSignerSealAndCopyStamp_keepsThreeValidSignatures(@TempDir Path dir) throws Exception {
        Path pdf = letter(dir);
        Path signed = dir.resolve("signed.pdf");
        PadesSigner signer = PadesSigner.builder().key(key).build();
        signer.sign(
                pdf,
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
                                transparentPng(),
                                List.of("Người ký: Nguyễn Văn An", "Chức vụ: Chánh Văn phòng"))));
        signer.sign(
                signed,
                signed,
                new PadesOptions(
                        "UBND tỉnh Bắc Ninh",
                        "Đóng dấu cơ quan",
                        "Bắc Ninh",
                        VisibleSignature.withImage(2, 300, 110, 120, 80, transparentPng(), List.of("Con dấu"))));
        signer.sign(
                signed,
                signed,
                new PadesOptions(
                        null,
                        "Sao y bản chính",
                        null,
                        VisibleSignature.copyStamp("UBND tỉnh Bắc Ninh", "2026-11-23T10:15:00+07:00")));

        ValidationReport report = trusting.validate(signed);

        assertThat(report.signatures()).hasSize(3).allSatisfy(s -> {
            assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(s.format()).isEqualTo("PAdES-BASELINE-B");
            assertThat(s.modifiedAfterSigning()).isFalse();
            assertThat(s.signer().subject()).contains("Nguyễn Văn An");
        });
        assertThat(report.valid()).isTrue();
        assertThat(report.signatures().get(2).coversWholeDocument()).isTrue();
        assertThat(report.signatures().get(0).coversWholeDocument()).isFalse();
        try (PDDocument doc = Loader.loadPDF(signed.toFile())) {
            doc.getDocumentCatalog().getAcroForm().flatten();
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains(
                            "Người ký: Nguyễn Văn An",
                            "Chức vụ: Chánh Văn phòng",
                            "UBND tỉnh Bắc Ninh",
                            "Thời gian ký: 2026-11-23T10:15:00+07:00");
        }
        Files.copy(signed, dir.getParent().resolve("signed-visible.pdf"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void sign_whenTsaGiven_producesBaselineTWithAValidTimestamp(@TempDir Path dir) throws Exception {
        Path signed = dir.resolve("signed-t.pdf");
        try (TsaClient tsa = TsaClient.builder().endpoint(tsaServer.url()).build()) {
            PadesSigner.builder().key(key).tsa(tsa).build().sign(letter(dir), signed, PadesOptions.invisible());
        }
        SignatureReport s = trusting.validate(signed).signatures().get(0);

        assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(s.format()).isEqualTo("PAdES-BASELINE-T");
        assertThat(s.timestamp().valid()).isTrue();
    }

    @Test
    void sign_whenFileChangedAfterSigning_failsVerification(@TempDir Path dir) throws Exception {
        Path signed = dir.resolve("s.pdf");
        PadesSigner.builder().key(key).build().sign(letter(dir), signed, PadesOptions.invisible());
        byte[] bytes = Files.readAllBytes(signed);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("/MediaBox");
        bytes[at + 12] = (bytes[at + 12] == '1') ? (byte) '2' : (byte) '1';
        Path tampered = Files.write(dir.resolve("t.pdf"), bytes);

        SignatureReport s = trusting.validate(tampered).signatures().get(0);
        assertThat(s.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(s.subIndication()).isIn(SubIndication.HASH_FAILURE, SubIndication.FORMAT_FAILURE);
    }

    @Test
    void sign_whenSignerCertificateExpired_isIndeterminateOutOfBounds(@TempDir Path dir) throws Exception {
        Path signed = dir.resolve("expired.pdf");
        PadesSigner.builder()
                .key(SigningKeys.of(pki.signerKey(), List.of(pki.expiredSigner, pki.ca)))
                .build()
                .sign(letter(dir), signed, PadesOptions.invisible());
        SignatureReport s = trusting.validate(signed).signatures().get(0);
        assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.INDETERMINATE);
        assertThat(s.subIndication()).isEqualTo(SubIndication.OUT_OF_BOUNDS_NO_POE);
    }

    @Test
    void keys_whenRsa1024_areRefused() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        assertThatThrownBy(() -> SigningKeys.of(g.generateKeyPair().getPrivate(), List.of(weakCert(g))))
                .isInstanceOf(WeakAlgorithmException.class);
    }

    private static X509Certificate weakCert(KeyPairGenerator g) throws Exception {
        var kp = g.generateKeyPair();
        var b = new JcaX509v3CertificateBuilder(
                new X500Name("CN=weak"),
                BigInteger.ONE,
                new Date(),
                new Date(System.currentTimeMillis() + 86_400_000L),
                new X500Name("CN=weak"),
                kp.getPublic());
        return new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
    }

    @Test
    void cades_whenDetachedAndEnveloping_verifyTotalPassed(@TempDir Path dir) throws Exception {
        Path content = Files.writeString(dir.resolve("to-trinh.txt"), "Tờ trình số 12/TTr-VP");
        Path p7s = dir.resolve("to-trinh.txt.p7s");
        Path p7m = dir.resolve("to-trinh.txt.p7m");
        try (TsaClient tsa = TsaClient.builder().endpoint(tsaServer.url()).build()) {
            CadesSigner.builder().key(key).tsa(tsa).build().sign(content, p7s, SignOptions.detached());
        }
        CadesSigner.builder().key(key).build().sign(content, p7m, SignOptions.enveloping());

        SignatureReport detached = trusting.validate(p7s, content).signatures().get(0);
        SignatureReport enveloping = trusting.validate(p7m).signatures().get(0);
        assertThat(detached.indication()).as(detached.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(detached.format()).isEqualTo("CAdES-BASELINE-T");
        assertThat(enveloping.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(enveloping.format()).isEqualTo("CAdES-BASELINE-B");
        Path other = Files.writeString(dir.resolve("other.txt"), "Tờ trình số 13/TTr-VP");
        assertThat(trusting.validate(p7s, other).signatures().get(0).subIndication())
                .isEqualTo(SubIndication.HASH_FAILURE);
    }

    @Test
    void xades_whenEnvelopedEdxml_verifiesTotalPassedAndDetectsTampering(@TempDir Path dir) throws Exception {
        Path xml = Path.of(System.getProperty("egov.corpus.dir"), "edxml", "vpcp-sdk_status_01.edxml");
        Path signed = dir.resolve("status-signed.xml");
        XadesSigner.builder().key(key).build().sign(xml, signed, SignOptions.enveloped());

        SignatureReport s = trusting.validate(signed).signatures().get(0);
        assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(s.format()).isEqualTo("XAdES-BASELINE-B");
        assertThat(s.signingTime()).isNotNull();
        Path tampered = Files.writeString(
                dir.resolve("t.xml"), Files.readString(signed).replace("000.00.00.H41", "000.00.00.H42"));
        assertThat(trusting.validate(tampered).signatures().get(0).subIndication())
                .isEqualTo(SubIndication.HASH_FAILURE);
        if (Files.isExecutable(Path.of("/usr/bin/xmlsec1"))) {
            Path roots = Files.writeString(dir.resolve("roots.pem"), pem(pki.root) + pem(pki.ca));
            String out = run(
                    "xmlsec1",
                    "--verify",
                    "--trusted-pem",
                    roots.toString(),
                    "--id-attr:Id",
                    "http://uri.etsi.org/01903/v1.3.2#:SignedProperties",
                    signed.toString());
            assertThat(out).contains("OK");
        }
    }

    @Test
    @Tag("interop")
    void pdfsig_whenOurPadesSignature_reportsItValid(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdfsig")), "poppler-utils (pdfsig) not installed");
        Path signed = dir.resolve("signed.pdf");
        PadesSigner.builder()
                .key(key)
                .build()
                .sign(
                        letter(dir),
                        signed,
                        new PadesOptions(
                                "Nguyễn Văn An",
                                "Ký",
                                "Bắc Ninh",
                                VisibleSignature.withImage(
                                        1, 330, 120, 220, 70, transparentPng(), List.of("Người ký: Nguyễn Văn An"))));
        String out = run("pdfsig", signed.toString());
        assertThat(out).contains("Signature is Valid.").contains("ETSI.CAdES.detached");
        if (Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            run(
                    "pdftoppm",
                    "-png",
                    "-r",
                    "60",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    signed.toString(),
                    dir.resolve("page").toString());
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".png"));
            }
        }
    }

    @Test
    @Tag("interop")
    void opensslCmsVerify_whenOurDetachedCades_verifiesWithTheRoot(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl not installed");
        Path content = Files.writeString(dir.resolve("c.txt"), "Nội dung ký số");
        Path p7s = dir.resolve("c.p7s");
        CadesSigner.builder().key(key).build().sign(content, p7s, SignOptions.detached());
        Path roots = dir.resolve("root.pem");
        Files.writeString(roots, pem(pki.root) + pem(pki.ca));
        String out = run(
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                p7s.toString(),
                "-content",
                content.toString(),
                "-CAfile",
                roots.toString(),
                "-purpose",
                "any",
                "-out",
                "/dev/null");
        assertThat(out).contains("Verification successful");
    }

    static String pem(X509Certificate c) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(c.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
