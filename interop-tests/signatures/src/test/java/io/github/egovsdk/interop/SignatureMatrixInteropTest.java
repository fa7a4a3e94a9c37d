package io.github.egovsdk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.signature.SignatureLevel;
import io.github.egovsdk.signature.cms.CadesExtender;
import io.github.egovsdk.signature.cms.CadesSigner;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.keys.SigningKeys;
import io.github.egovsdk.signature.pdf.PadesExtender;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.revocation.CompositeRevocationSource;
import io.github.egovsdk.signature.sign.SignOptions;
import io.github.egovsdk.signature.tsa.TsaClient;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.xml.XadesExtender;
import io.github.egovsdk.signature.xml.XadesSigner;
import io.github.egovsdk.testkit.EgovSandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format the SDK signs (PAdES; XAdES enveloped, enveloping, detached; CAdES detached, enveloping) at every level
 * (B-B, B-T, B-LT, B-LTA) and B-LT files extended to B-LTA later, made with the sandbox PKI — root → issuing CA →
 * signer and TSA, CRLs, OCSP and CA certificates served on loopback — from a PKCS#12 holding the signer and its issuing
 * CA, the root trusted: EU DSS 6.3 with its default policy must say TOTAL_PASSED and detect the level we claim (B/T
 * validated online, fetching CRL/OCSP from the sandbox; LT/LTA offline, from what the file embeds), and the SDK's
 * verifier must agree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignatureMatrixInteropTest {
    private static final char[] PASSWORD = "interop".toCharArray();
    private final Map<String, Path> signed = new LinkedHashMap<>();
    private final Map<String, Path> detached = new LinkedHashMap<>();
    private final Map<String, SignatureReport> ours = new LinkedHashMap<>();
    private Map<String, DssVerdicts.FileVerdict> dss;
    private EgovSandbox sandbox;

    /** One signed file: its format family, packaging and the level claimed. */
    record Case(String family, String packaging, SignatureLevel level) {
        String name() {
            return family + "-" + packaging + "-" + level.label();
        }

        String expectedFormat() {
            return family + "-BASELINE-" + level.label().substring(2);
        }

        boolean online() {
            return level == SignatureLevel.B_B || level == SignatureLevel.B_T;
        }

        @Override
        public String toString() {
            return name();
        }
    }

    static Stream<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (SignatureLevel level : SignatureLevel.values()) {
            out.add(new Case("PAdES", "enveloped", level));
            for (String p : List.of("enveloped", "enveloping", "detached")) {
                out.add(new Case("XAdES", p, level));
            }
            for (String p : List.of("detached", "enveloping")) {
                out.add(new Case("CAdES", p, level));
            }
        }
        // an existing B-LT file extended to B-LTA later (its archive / document time-stamp added afterwards)
        out.add(new Case("PAdES", "extended", SignatureLevel.B_LTA));
        out.add(new Case("XAdES", "extended", SignatureLevel.B_LTA));
        out.add(new Case("CAdES", "extended", SignatureLevel.B_LTA));
        return out.stream();
    }

    @BeforeAll
    void signEverythingAndAskDss(@TempDir Path dir) throws Exception {
        sandbox = EgovSandbox.start();
        Path p12 = sandbox.pki().writeOfficerPkcs12(dir.resolve("officer.p12"), PASSWORD);
        SigningKey key = SigningKeys.fromPkcs12(p12, PASSWORD, "signer");
        assertThat(key.chain())
                .as("the key store holds the signer and its issuing CA, not the root")
                .hasSize(2);
        Path root = sandbox.pki().writeRootPem(dir.resolve("root.pem"));
        Path pdf = dir.resolve("letter.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        Path xml = Files.writeString(
                dir.resolve("letter.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<edXML xmlns=\"urn:test:edxml\"><Subject>Công văn số 12/UBND-VP</Subject></edXML>",
                StandardCharsets.UTF_8);
        Path text = Files.writeString(dir.resolve("letter.txt"), "Kính gửi: Sở Tư pháp", StandardCharsets.UTF_8);
        TsaClient tsa = sandbox.tsaClient();
        List<DssVerdicts.Job> jobs = new ArrayList<>();
        try (CompositeRevocationSource revocation = CompositeRevocationSource.ocspThenCrl()) {
            for (Case c : cases().toList()) {
                TsaClient t = c.level() == SignatureLevel.B_B ? null : tsa;
                CompositeRevocationSource r = c.online() ? null : revocation;
                Path out = dir.resolve(c.name()
                        + switch (c.family()) {
                            case "PAdES" -> ".pdf";
                            case "XAdES" -> ".xml";
                            default -> ".p7s";
                        });
                Path content = null;
                switch (c.family()) {
                    case "PAdES" -> {
                        boolean extend = c.packaging().equals("extended");
                        PadesSigner.builder()
                                .key(key)
                                .tsa(t)
                                .revocation(r)
                                .level(extend ? SignatureLevel.B_LT : c.level())
                                .build()
                                .sign(pdf, out, new PadesOptions("Nguyễn Văn Thử", "Phê duyệt", "Hà Nội", null));
                        if (extend) {
                            PadesExtender.builder().revocation(r).tsa(t).build().extend(out, out, c.level());
                        }
                    }
                    case "XAdES" -> {
                        XadesSigner s = c.packaging().equals("extended")
                                ? null
                                : XadesSigner.builder()
                                        .key(key)
                                        .tsa(t)
                                        .revocation(r)
                                        .level(c.level())
                                        .build();
                        switch (c.packaging()) {
                            case "enveloped" -> s.sign(xml, out, SignOptions.enveloped());
                            case "enveloping" -> s.sign(xml, out, SignOptions.enveloping());
                            case "extended" -> {
                                XadesSigner.builder()
                                        .key(key)
                                        .tsa(t)
                                        .revocation(r)
                                        .level(SignatureLevel.B_LT)
                                        .build()
                                        .sign(xml, out, SignOptions.enveloped());
                                XadesExtender.builder()
                                        .revocation(r)
                                        .tsa(t)
                                        .build()
                                        .extend(out, out, c.level(), null);
                            }
                            default -> {
                                s.sign(text, out, SignOptions.detached());
                                content = text;
                            }
                        }
                    }
                    default -> {
                        boolean extend = c.packaging().equals("extended");
                        boolean isDetached = !c.packaging().equals("enveloping");
                        CadesSigner.builder()
                                .key(key)
                                .tsa(t)
                                .revocation(r)
                                .level(extend ? SignatureLevel.B_LT : c.level())
                                .build()
                                .sign(text, out, isDetached ? SignOptions.detached() : SignOptions.enveloping());
                        if (extend) {
                            CadesExtender.builder().revocation(r).tsa(t).build().extend(out, out, c.level(), text);
                        }
                        content = isDetached ? text : null;
                    }
                }
                signed.put(c.name(), out);
                detached.put(c.name(), content);
                jobs.add(new DssVerdicts.Job(c.name(), out, content, c.online(), root));
            }
            for (Case c : cases().toList()) {
                SignatureValidator.Builder v =
                        SignatureValidator.builder().trustAnchor(sandbox.pki().root());
                SignatureValidator validator = c.online()
                        ? v.revocation(revocation).build()
                        : v.offline(true).build();
                Path content = detached.get(c.name());
                var report = content == null
                        ? validator.validate(signed.get(c.name()))
                        : validator.validate(signed.get(c.name()), content);
                ours.put(c.name(), report.signatures().get(0));
            }
        }
        dss = DssVerdicts.validate(jobs, dir);
    }

    @AfterAll
    void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dss_whenTheSdkSignsAtALevel_totalPassedAtThatLevel(Case c) {
        DssVerdicts.FileVerdict v = dss.get(c.name());
        assertThat(v).as("DSS verdict for " + c).isNotNull();
        assertThat(v.error()).as(c.name()).isNull();
        assertThat(v.mainSignatures()).as(c.name()).hasSize(1);
        DssVerdicts.Signature s = v.mainSignatures().get(0);
        assertThat(s.indication())
                .as(c.name() + ": " + s.errors() + " " + s.warnings())
                .isEqualTo("TOTAL_PASSED");
        assertThat(s.format()).as(c.name()).isEqualTo(c.expectedFormat());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sdkVerifier_whenDssPasses_agreesOnIndicationAndLevel(Case c) {
        SignatureReport r = ours.get(c.name());
        assertThat(r.indication()).as(c.name() + ": " + r.messages()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(r.format()).as(c.name()).isEqualTo(c.expectedFormat());
    }
}
