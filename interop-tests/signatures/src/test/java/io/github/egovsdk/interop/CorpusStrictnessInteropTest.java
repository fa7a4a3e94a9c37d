package io.github.egovsdk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.verify.SubIndication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The signature corpus (real public files: EU DSS, Santuario and RUB-NDS pdf-attacker test vectors), file by file:
 * the SDK's verdict (strict policy, no trust anchor, offline) is never less strict than EU DSS 6.3's with its default
 * policy under the same conditions — TOTAL_PASSED < INDETERMINATE < TOTAL_FAILED < refused — and where it is stricter,
 * that is one of the deliberate cases listed here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusStrictnessInteropTest {
    static final Path DIR = Path.of(System.getProperty("egov.corpus.dir"), "signatures");
    static final Path HELLO = DIR.resolve("detached-content__hello-world.txt");
    static final Path BYE = DIR.resolve("detached-content__bye-world.txt");
    private static final int REFUSED = 3;

    /**
     * Where the SDK is deliberately stricter than DSS's default policy (which only warns): shadow attacks — content
     * flipped by an incremental update after signing (NDSS 2021, "Shadow Attacks") and a form value replaced without
     * DocMDP form-filling permission — are TOTAL_FAILED with {@code modifiedAfterSigning}; and an XML-DSig whose data
     * reference was removed from a signed SignedInfo is TOTAL_FAILED/SIG_CRYPTO_FAILURE (the SignatureValue no longer
     * verifies) where DSS stops earlier at INDETERMINATE/SIGNED_DATA_NOT_FOUND.
     */
    static final Set<String> DELIBERATELY_STRICTER = Set.of(
            "dss__dss-2236-hide.pdf",
            "dss__dss-2236-replace.pdf",
            "pdfattacker__hide-and-replace-v1-4-manipulated.pdf",
            "pdfattacker__replace-overlay-v1-4-manipulated.pdf",
            "dss__dss-signed-altered-refRemoved.xml");

    static final Set<String> SHADOW_ATTACKS = Set.of(
            "dss__dss-2236-hide.pdf",
            "dss__dss-2236-replace.pdf",
            "pdfattacker__hide-and-replace-v1-4-manipulated.pdf",
            "pdfattacker__replace-overlay-v1-4-manipulated.pdf");

    private final Map<String, Integer> ours = new LinkedHashMap<>();
    private final Map<String, List<SignatureReport>> ourReports = new LinkedHashMap<>();
    private Map<String, DssVerdicts.FileVerdict> dss;

    /** Each corpus case: a signed file, and for detached CMS the content it is checked against. */
    record Sample(String name, Path file, Path content) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Sample> samples() throws Exception {
        List<Sample> out = new ArrayList<>();
        for (String line :
                Files.readAllLines(DIR.resolve("SOURCES.tsv")).stream().skip(1).toList()) {
            String f = line.split("\t")[0];
            if (f.startsWith("detached-content")) {
                continue;
            }
            if (f.endsWith("-detached.p7s") || f.endsWith("-detached.pkcs7")) {
                out.add(new Sample(f + " + hello-world", DIR.resolve(f), HELLO));
                out.add(new Sample(f + " + bye-world", DIR.resolve(f), BYE));
            } else {
                out.add(new Sample(f, DIR.resolve(f), null));
            }
        }
        return out.stream();
    }

    @BeforeAll
    void validateWithBoth(@TempDir Path dir) throws Exception {
        SignatureValidator validator =
                SignatureValidator.builder().offline(true).build();
        List<DssVerdicts.Job> jobs = new ArrayList<>();
        for (Sample s : samples().toList()) {
            jobs.add(new DssVerdicts.Job(s.name(), s.file(), s.content(), false, null));
            try {
                List<SignatureReport> r = (s.content() == null
                                ? validator.validate(s.file())
                                : validator.validate(s.file(), s.content()))
                        .signatures();
                ourReports.put(s.name(), r);
                ours.put(
                        s.name(),
                        r.stream()
                                .mapToInt(x -> rank(x.indication().name()))
                                .max()
                                .orElse(REFUSED));
            } catch (EgovException e) {
                ours.put(s.name(), REFUSED);
            }
        }
        dss = DssVerdicts.validate(jobs, dir);
    }

    private static int rank(String indication) {
        return switch (indication) {
            case "TOTAL_PASSED" -> 0;
            case "INDETERMINATE" -> 1;
            case "TOTAL_FAILED" -> 2;
            default -> REFUSED;
        };
    }

    private int dssRank(String name) {
        DssVerdicts.FileVerdict v = dss.get(name);
        if (v.error() != null || v.signatures().isEmpty()) {
            return REFUSED;
        }
        return v.signatures().stream().mapToInt(s -> rank(s.indication())).max().orElse(REFUSED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sdkVerdict_whenComparedWithDss_isNeverLessStrict(Sample s) {
        assertThat(dss).as("DSS verdict for " + s).containsKey(s.name());
        assertThat(ours.get(s.name()))
                .as(s.name() + " — SDK " + ourReports.get(s.name()) + " vs DSS " + dss.get(s.name()))
                .isGreaterThanOrEqualTo(dssRank(s.name()));
    }

    @Test
    void sdkVerdict_whenStricterThanDss_isOneOfTheDeliberateCases() {
        Set<String> stricter = new TreeSet<>();
        ours.forEach((name, rank) -> {
            if (rank > dssRank(name)) {
                stricter.add(name);
            }
        });
        assertThat(stricter).isEqualTo(new TreeSet<>(DELIBERATELY_STRICTER));
        for (String shadow : SHADOW_ATTACKS) {
            assertThat(ourReports.get(shadow)).anyMatch(SignatureReport::modifiedAfterSigning);
            assertThat(dss.get(shadow).signatures()).allMatch(d -> d.warnings().stream()
                    .anyMatch(w -> w.contains("difference") || w.contains("modification")));
        }
    }

    @Test
    void counterSignatureInjected_whenValidated_isHashFailureInBoth() {
        String name = "dss__xades-counter-signature-injected.xml";
        assertThat(dss.get(name).signatures())
                .anyMatch(d -> d.counterSignature()
                        && "TOTAL_FAILED".equals(d.indication())
                        && "HASH_FAILURE".equals(d.subIndication()));
        assertThat(ourReports.get(name))
                .anyMatch(r ->
                        r.indication() == Indication.TOTAL_FAILED && r.subIndication() == SubIndication.HASH_FAILURE);
    }

    @Test
    void pkcs7Sha1_whenAnUpdateOnlyReordersDictionaryKeys_isNotReportedAsModified() {
        assertThat(ourReports.get("dss__pkcs7_sha1.pdf")).isNotEmpty().noneMatch(SignatureReport::modifiedAfterSigning);
        assertThat(dss.get("dss__pkcs7_sha1.pdf").signatures())
                .allMatch(d -> d.warnings().stream().noneMatch(w -> w.contains("Visual difference")));
    }
}
