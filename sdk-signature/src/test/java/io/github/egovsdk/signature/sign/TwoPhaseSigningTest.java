package io.github.egovsdk.signature.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.cms.CadesSigner;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.pdf.VisibleSignature;
import io.github.egovsdk.signature.testpki.TimestampedSigningTest;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.xml.XadesSigner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two-phase signing for every format: prepare on one signer instance (certificates only, a fixed clock), carry the
 * state as bytes, sign only the digest elsewhere (raw RSA over DigestInfo, as a remote service or token does),
 * complete on another instance; then our validator and the independent ones (pdfsig, xmlsec1, openssl cms) judge.
 */
class TwoPhaseSigningTest extends TimestampedSigningTest {
    private static final Instant SIGNING_TIME = Instant.parse("2026-11-20T02:30:00Z");
    private static final Clock CLOCK = Clock.fixed(SIGNING_TIME, ZoneOffset.UTC);

    private static List<X509Certificate> chain() {
        return List.of(pki.signer, pki.ca);
    }

    /** What the "remote" side does with the 32-byte digest only. */
    private static byte[] signDigest(byte[] digest) throws Exception {
        Signature raw = Signature.getInstance("NONEwithRSA");
        raw.initSign(pki.signerKey());
        raw.update(new DigestInfo(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE), digest)
                .getEncoded());
        return raw.sign();
    }

    /** Prepare with {@code first}, serialise, sign the digest, complete with {@code second}. */
    private static <O extends SignOptions> void twoPhases(
            DocumentSigner<O> first, DocumentSigner<O> second, Path in, O options, Path out) throws Exception {
        byte[] state = first.prepare(in, options).toBytes();
        PreparedSignature restored = PreparedSignature.fromBytes(state);
        assertThat(restored.digest()).hasSize(32);
        assertThat(restored.signingTime()).isEqualTo(SIGNING_TIME);
        second.complete(in, restored, signDigest(restored.digest()), out);
    }

    static Path pdf(Path dir) throws Exception {
        Path p = dir.resolve("cong-van.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(p.toFile());
        }
        return p;
    }

    private static SignatureReport validate(Path signed, Path detached) {
        return SignatureValidator.builder()
                .trustAnchor(pki.root)
                .build()
                .validate(signed, detached)
                .signatures()
                .get(0);
    }

    @Test
    void pades_whenPreparedAndCompletedOnTwoInstances_isValidBaselineTForUsAndPdfsig(@TempDir Path dir)
            throws Exception {
        Path in = pdf(dir);
        Path out = dir.resolve("signed.pdf");
        PadesOptions options = new PadesOptions(
                "Nguyễn Văn An",
                "Ký qua plugin",
                "Bắc Ninh",
                VisibleSignature.copyStamp("UBND tỉnh Bắc Ninh", "2026-11-20T09:30:00+07:00"));
        twoPhases(
                PadesSigner.builder()
                        .certificates(chain())
                        .tsa(tsa)
                        .clock(CLOCK)
                        .build(),
                PadesSigner.builder().tsa(tsa).build(),
                in,
                options,
                out);

        SignatureReport r = validate(out, null);
        assertThat(r.indication()).as(r.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(r.format()).isEqualTo("PAdES-BASELINE-T");
        assertThat(r.coversWholeDocument()).isTrue();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getLastSignatureDictionary().getSignDate().toInstant())
                    .isEqualTo(SIGNING_TIME);
        }
        if (Files.isExecutable(Path.of("/usr/bin/pdfsig"))) {
            assertThat(run("pdfsig", out.toString())).contains("Signature is Valid.");
        }
    }

    @Test
    void xades_whenPreparedAndCompletedForEveryPackaging_isValidForUsAndXmlsec1(@TempDir Path dir) throws Exception {
        Path xml = Files.writeString(dir.resolve("to-khai.xml"), "<ToKhai><HoTen>Trần Thị Bình</HoTen></ToKhai>");
        Path roots = Files.writeString(dir.resolve("roots.pem"), pem(pki.root) + pem(pki.ca));
        for (Packaging packaging : Packaging.values()) {
            Path out = dir.resolve("to-khai-" + packaging + ".xml");
            twoPhases(
                    XadesSigner.builder().certificates(chain()).clock(CLOCK).build(),
                    XadesSigner.builder().build(),
                    xml,
                    SignOptions.of(packaging),
                    out);

            SignatureReport r = validate(out, packaging == Packaging.DETACHED ? xml : null);
            assertThat(r.indication()).as(packaging + ": " + r.messages()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(r.signingTime()).isEqualTo(SIGNING_TIME);
            if (Files.isExecutable(Path.of("/usr/bin/xmlsec1"))) {
                String verdict = run(
                        "xmlsec1",
                        "--verify",
                        "--trusted-pem",
                        roots.toString(),
                        "--id-attr:Id",
                        "http://uri.etsi.org/01903/v1.3.2#:SignedProperties",
                        "--id-attr:Id",
                        "http://www.w3.org/2000/09/xmldsig#:Object",
                        "--url-map:to-khai.xml",
                        xml.toString(),
                        out.toString());
                assertThat(verdict).as(packaging.toString()).contains("OK").doesNotContain("FAIL");
            }
        }
    }

    @Test
    void cades_whenPreparedAndCompleted_isValidForUsAndOpensslCms(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl not installed");
        Path content = Files.writeString(dir.resolve("to-trinh.txt"), "Tờ trình số 12/TTr-VP");
        Path roots = Files.writeString(dir.resolve("roots.pem"), pem(pki.root) + pem(pki.ca));
        for (Packaging packaging : List.of(Packaging.DETACHED, Packaging.ENVELOPING)) {
            Path out = dir.resolve("to-trinh-" + packaging + ".p7");
            twoPhases(
                    CadesSigner.builder()
                            .certificates(chain())
                            .tsa(tsa)
                            .clock(CLOCK)
                            .build(),
                    CadesSigner.builder().tsa(tsa).build(),
                    content,
                    SignOptions.of(packaging),
                    out);

            SignatureReport r = validate(out, packaging == Packaging.DETACHED ? content : null);
            assertThat(r.indication()).as(packaging + ": " + r.messages()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(r.format()).isEqualTo("CAdES-BASELINE-T");
            Path extracted = dir.resolve("extracted-" + packaging);
            String verdict = packaging == Packaging.DETACHED
                    ? run(
                            "openssl",
                            "cms",
                            "-verify",
                            "-binary",
                            "-inform",
                            "DER",
                            "-in",
                            out.toString(),
                            "-content",
                            content.toString(),
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
                            out.toString(),
                            "-CAfile",
                            roots.toString(),
                            "-purpose",
                            "any",
                            "-out",
                            extracted.toString());
            assertThat(verdict).contains("Verification successful");
            assertThat(Files.readString(extracted)).isEqualTo("Tờ trình số 12/TTr-VP");
        }
    }

    @Test
    void complete_whenDocumentChangedOrValueWrong_refusesAndWritesNothing(@TempDir Path dir) throws Exception {
        Path xml = Files.writeString(dir.resolve("a.xml"), "<A>1</A>");
        XadesSigner signer = XadesSigner.builder().certificates(chain()).build();
        PreparedSignature p = signer.prepare(xml, SignOptions.enveloped());
        byte[] value = signDigest(p.digest());
        Files.writeString(xml, "<A>2</A>");
        assertThatThrownBy(() -> signer.complete(xml, p, value, dir.resolve("x.xml")))
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("changed");

        Path in = pdf(dir);
        PadesSigner pades = PadesSigner.builder().certificates(chain()).build();
        PreparedSignature pp = pades.prepare(in, PadesOptions.invisible());
        assertThatThrownBy(() -> pades.complete(in, pp, signDigest(new byte[32]), dir.resolve("y.pdf")))
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("does not verify");
        assertThatThrownBy(() -> CadesSigner.builder().build().complete(in, pp, value, dir.resolve("z.p7s")))
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("PAdES, not CAdES");
        assertThatThrownBy(() -> pades.sign(in, dir.resolve("w.pdf"), PadesOptions.invisible()))
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("no private key");
        assertThat(dir.resolve("x.xml")).doesNotExist();
        assertThat(dir.resolve("y.pdf")).doesNotExist();
    }

    @Test
    void fromBytes_whenMalformedOrOfAnotherVersion_throwsValidationExceptionNamingTheField() throws Exception {
        byte[] good = CadesSigner.builder()
                .certificates(chain())
                .build()
                .prepare(Files.writeString(Files.createTempFile("c", ".txt"), "x"), SignOptions.detached())
                .toBytes();
        String json = new String(good, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PreparedSignature.fromBytes("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> PreparedSignature.fromBytes(
                        json.replace("\"v\":1", "\"v\":2").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("version 2");
        assertThatThrownBy(() -> PreparedSignature.fromBytes(json.replace("\"DETACHED\"", "\"SIDEWAYS\"")
                        .replace("\"RSA_SHA256\"", "\"MD5\"")
                        .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(v -> v.propertyPath())
                        .contains("packaging", "algorithm"));
        assertThat(PreparedSignature.fromBytes(good).toBytes()).isEqualTo(good);
    }

    @Test
    void extend_whenSignerHasOnlyTsaAndRevocation_raisesABaselineTSignatureToLt(@TempDir Path dir) throws Exception {
        Path content = Files.writeString(dir.resolve("c.txt"), "Nội dung");
        Path bt = dir.resolve("c.txt.p7m");
        CadesSigner.builder().key(key).tsa(tsa).build().sign(content, bt, SignOptions.enveloping());
        assertThatThrownBy(() -> CadesSigner.builder().tsa(tsa).build().extend(bt, bt, SignatureLevel.B_LT))
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("revocation source");
    }

    private static String pem(X509Certificate c) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(c.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    private static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
