package io.github.egovsdk.vneid.chip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.vneid.chip.ChipFixture.Issuer;
import io.github.egovsdk.vneid.chip.PassiveAuthenticationResult.DataGroupStatus;
import io.github.egovsdk.vneid.chip.PassiveAuthenticationResult.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PassiveAuthenticatorTest {
    static final Clock CLOCK = Clock.fixed(ChipFixture.NOW, ZoneOffset.UTC);
    static Issuer csca;
    static Issuer dsc;
    static Issuer otherCsca;

    @BeforeAll
    static void pki() {
        csca = ChipFixture.csca("CSCA Viet Nam Test");
        dsc = ChipFixture.dsc(csca);
        otherCsca = ChipFixture.csca("CSCA Viet Nam Test"); // same name, different key
    }

    static PassiveAuthenticator trusting(Issuer anchor) {
        return PassiveAuthenticator.builder()
                .trustAnchor(anchor.certificate())
                .clock(CLOCK)
                .build();
    }

    /** A scenario: how the files are made, which CSCA is trusted, and what must be reported. */
    record Case(
            String name,
            Function<Issuer, ChipFiles> files,
            Function<Issuer, Issuer> anchor,
            Verdict verdict,
            Set<PaCheck> failed,
            Map<Integer, DataGroupStatus> groups) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> scenarios() {
        Map<Integer, DataGroupStatus> allMatch =
                Map.of(1, DataGroupStatus.MATCH, 2, DataGroupStatus.MATCH, 13, DataGroupStatus.MATCH);
        return Stream.of(
                        new Case("valid", ChipFixture::files, a -> csca, Verdict.PASSED, Set.of(), allMatch),
                        new Case(
                                "tampered DG13",
                                PassiveAuthenticatorTest::tamperedDg13,
                                a -> csca,
                                Verdict.FAILED,
                                Set.of(PaCheck.DG_HASH_MISMATCH),
                                Map.of(
                                        1,
                                        DataGroupStatus.MATCH,
                                        2,
                                        DataGroupStatus.MATCH,
                                        13,
                                        DataGroupStatus.MISMATCH)),
                        new Case(
                                "wrong CSCA",
                                ChipFixture::files,
                                a -> otherCsca,
                                Verdict.FAILED,
                                Set.of(PaCheck.DSC_CHAIN),
                                allMatch),
                        new Case(
                                "expired DSC",
                                d -> ChipFixture.files(ChipFixture.dsc(
                                        csca,
                                        Instant.parse("2021-01-01T00:00:00Z"),
                                        Instant.parse("2024-01-01T00:00:00Z"))),
                                a -> csca,
                                Verdict.FAILED,
                                Set.of(PaCheck.DSC_EXPIRED),
                                allMatch),
                        new Case(
                                "DSC not yet valid",
                                d -> ChipFixture.files(ChipFixture.dsc(
                                        csca,
                                        Instant.parse("2026-01-01T00:00:00Z"),
                                        Instant.parse("2036-01-01T00:00:00Z"))),
                                a -> csca,
                                Verdict.FAILED,
                                Set.of(PaCheck.DSC_NOT_YET_VALID),
                                allMatch),
                        new Case(
                                "SOD signed with another key",
                                PassiveAuthenticatorTest::signedByOtherKey,
                                a -> csca,
                                Verdict.FAILED,
                                Set.of(PaCheck.SOD_SIGNATURE),
                                allMatch),
                        new Case(
                                "DG14 read but not in the SOD",
                                PassiveAuthenticatorTest::withUnlistedDg14,
                                a -> csca,
                                Verdict.FAILED,
                                Set.of(PaCheck.DG_NOT_IN_SOD),
                                Map.of(
                                        1,
                                        DataGroupStatus.MATCH,
                                        2,
                                        DataGroupStatus.MATCH,
                                        13,
                                        DataGroupStatus.MATCH,
                                        14,
                                        DataGroupStatus.NOT_IN_SOD)),
                        new Case(
                                "no EF.SOD",
                                d -> ChipFiles.builder()
                                        .dataGroup(13, ChipFixture.dg13())
                                        .build(),
                                a -> csca,
                                Verdict.FAILED,
                                Set.of(PaCheck.SOD_MISSING),
                                Map.of(13, DataGroupStatus.NOT_IN_SOD)))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void verify_whenScenario_reportsVerdictFailedStepsAndPerGroupStatus(Case c) {
        PassiveAuthenticationResult r =
                trusting(c.anchor().apply(csca)).verify(c.files().apply(dsc));

        assertThat(r.verdict()).as(r.toString()).isEqualTo(c.verdict());
        assertThat(r.failedChecks()).isEqualTo(c.failed());
        assertThat(r.dataGroups()).isEqualTo(c.groups());
        assertThat(r.passed()).isEqualTo(c.verdict() == Verdict.PASSED);
        assertThat(r.failures()).allSatisfy(f -> assertThat(f.messageVi()).isNotBlank());
    }

    @Test
    void verify_whenDg13Tampered_namesDataGroup13() {
        PassiveAuthenticationResult r = trusting(csca).verify(tamperedDg13(dsc));

        assertThat(r.tamperedDataGroups()).containsExactly(13);
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(PaCheck.DG_HASH_MISMATCH);
            assertThat(f.dataGroup()).hasValue(13);
        });
    }

    @Test
    void verify_whenValid_returnsTheDscAndTheIssuingCsca() {
        PassiveAuthenticationResult r = trusting(csca).verify(CitizenCardChip.read(ChipFixture.files(dsc)));

        assertThat(r.documentSigner()).contains(dsc.certificate());
        assertThat(r.csca()).contains(csca.certificate());
        assertThat(r.digestAlgorithm()).isEqualTo("SHA-256");
        assertThat(r.checkedAt()).isEqualTo(ChipFixture.NOW);
    }

    @Test
    void verify_whenNoCscaConfigured_isChainNotVerifiedNeverPassed() {
        PassiveAuthenticationResult r =
                PassiveAuthenticator.builder().clock(CLOCK).build().verify(ChipFixture.files(dsc));

        assertThat(r.verdict()).isEqualTo(Verdict.CHAIN_NOT_VERIFIED);
        assertThat(r.passed()).isFalse();
        assertThat(r.failures()).isEmpty();
    }

    @Test
    void verify_whenCscaHadExpiredWhenTheSodWasSigned_reportsCscaExpired() {
        Clock late = Clock.fixed(Instant.parse("2033-01-01T00:00:00Z"), ZoneOffset.UTC);
        Issuer shortCsca = shortLivedCsca();

        PassiveAuthenticationResult r = PassiveAuthenticator.builder()
                .trustAnchor(shortCsca.certificate())
                .clock(late)
                .build()
                .verify(ChipFixture.files(dsc, Instant.parse("2031-06-01T00:00:00Z")));

        assertThat(r.failedChecks()).containsExactly(PaCheck.CSCA_EXPIRED);
        assertThat(r.checkedAt()).isEqualTo(Instant.parse("2031-06-01T00:00:00Z"));
    }

    @Test
    void verify_whenCertificatesExpiredSinceButValidWhenTheSodWasSigned_passes() {
        // A card outlives its DSC and CSCA: validity is checked at the SOD's signing time (reference §3.5 step 3).
        Clock late = Clock.fixed(Instant.parse("2033-01-01T00:00:00Z"), ZoneOffset.UTC);
        Issuer shortCsca = shortLivedCsca();
        Issuer shortDsc = ChipFixture.dsc(
                shortCsca, Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"));

        PassiveAuthenticationResult r = PassiveAuthenticator.builder()
                .trustAnchor(shortCsca.certificate())
                .clock(late)
                .build()
                .verify(ChipFixture.files(shortDsc));

        assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(r.checkedAt()).isEqualTo(ChipFixture.NOW);
    }

    @Test
    void verify_whenSodClaimsAFutureSigningTime_checksValidityAtTheClock() {
        Issuer shortDsc =
                ChipFixture.dsc(csca, Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"));

        PassiveAuthenticationResult r = trusting(csca)
                .verify(ChipFixture.files(
                        shortDsc, Instant.parse("2024-06-01T00:00:00Z").plusSeconds(3L * 365 * 24 * 3600)));

        assertThat(r.failedChecks()).containsExactly(PaCheck.DSC_EXPIRED);
        assertThat(r.checkedAt()).isEqualTo(ChipFixture.NOW);
    }

    private Issuer shortLivedCsca() {
        return new Issuer(
                csca.keys(),
                ChipFixture.cert(
                        "C=VN,O=Test,CN=CSCA Viet Nam Test",
                        csca.keys().getPublic(),
                        "C=VN,O=Test,CN=CSCA Viet Nam Test",
                        csca.keys().getPrivate(),
                        Instant.parse("2020-01-01T00:00:00Z"),
                        Instant.parse("2030-01-01T00:00:00Z"),
                        true));
    }

    @Test
    void verify_whenSodIsGarbage_throwsTypedErrorNotAResult() {
        ChipFiles files = ChipFiles.builder()
                .dataGroup(1, ChipFixture.dg1())
                .sod(new byte[] {0x77, 0x05, 0x30, 0x03, 0x02, 0x01})
                .build();

        assertThatThrownBy(() -> trusting(csca).verify(files))
                .isInstanceOfSatisfying(
                        ChipFormatException.class, e -> assertThat(e.rule()).isEqualTo("TLV_TRUNCATED"));
    }

    @Test
    void builder_whenCscaFromPemDerFolderAndKeyStore_verifiesEach(@TempDir Path dir) throws Exception {
        byte[] der = csca.certificate().getEncoded();
        Path pem = dir.resolve("csca.pem");
        Files.writeString(
                pem,
                "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(der)
                        + "\n-----END CERTIFICATE-----\n",
                StandardCharsets.US_ASCII);
        Path derFile = Files.createDirectory(dir.resolve("der")).resolve("csca.cer");
        Files.write(derFile, der);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("csca", csca.certificate());

        List<PassiveAuthenticator> authenticators = List.of(
                PassiveAuthenticator.builder()
                        .trustAnchorsFrom(pem)
                        .clock(CLOCK)
                        .build(),
                PassiveAuthenticator.builder()
                        .trustAnchorsFrom(derFile)
                        .clock(CLOCK)
                        .build(),
                PassiveAuthenticator.builder()
                        .trustAnchorsFrom(derFile.getParent())
                        .clock(CLOCK)
                        .build(),
                PassiveAuthenticator.builder().trustAnchorsFrom(ks).clock(CLOCK).build());

        assertThat(authenticators).allSatisfy(a -> {
            assertThat(a.trustAnchors()).containsExactly(csca.certificate());
            assertThat(a.verify(ChipFixture.files(dsc)).verdict()).isEqualTo(Verdict.PASSED);
        });
    }

    @Test
    void builder_whenMasterListSignedBySignerOfListedCsca_trustsItsCscas(@TempDir Path dir) throws Exception {
        Path ml = dir.resolve("vn.ml");
        Files.write(ml, ChipFixture.masterList(List.of(otherCsca.certificate(), csca.certificate()), csca));

        PassiveAuthenticator a =
                PassiveAuthenticator.builder().masterList(ml).clock(CLOCK).build();

        assertThat(a.trustAnchors()).hasSize(2);
        assertThat(a.verify(ChipFixture.files(dsc)).verdict()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void builder_whenMasterListSignerNotIssuedByAnyCsca_refusesTheList() {
        Issuer stranger = ChipFixture.csca("Someone Else");
        byte[] ml = ChipFixture.masterList(List.of(csca.certificate()), stranger);

        assertThatThrownBy(() -> PassiveAuthenticator.builder().masterList(ml))
                .isInstanceOfSatisfying(
                        ChipFormatException.class, e -> assertThat(e.rule()).isEqualTo("ML_SIGNER_UNTRUSTED"));
    }

    @Test
    void builder_whenMasterListSignatureBroken_refusesTheList() {
        byte[] ml = ChipFixture.masterList(List.of(csca.certificate()), csca);
        ml[ml.length - 5] ^= 0x01; // inside the ECDSA signature's s value, the last element of the SignerInfo

        assertThatThrownBy(() -> PassiveAuthenticator.builder().masterList(ml))
                .isInstanceOfSatisfying(
                        ChipFormatException.class, e -> assertThat(e.rule()).isEqualTo("ML_SIGNATURE"));
    }

    static ChipFiles tamperedDg13(Issuer signer) {
        ChipFiles good = ChipFixture.files(signer);
        byte[] dg13 = good.dataGroup(13).orElseThrow();
        byte[] name = "Nguyễn Văn A".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(dg13, name);
        dg13[at + name.length - 1] = 'B'; // "Nguyễn Văn B": still a well-formed DG13
        return ChipFiles.builder()
                .com(good.com().orElseThrow())
                .dataGroup(1, good.dataGroup(1).orElseThrow())
                .dataGroup(2, good.dataGroup(2).orElseThrow())
                .dataGroup(13, dg13)
                .sod(good.sod().orElseThrow())
                .build();
    }

    static ChipFiles signedByOtherKey(Issuer signer) {
        Map<Integer, byte[]> dgs = new LinkedHashMap<>();
        dgs.put(1, ChipFixture.dg1());
        dgs.put(2, ChipFixture.dg2());
        dgs.put(13, ChipFixture.dg13());
        byte[] sod =
                ChipFixture.sod(dgs, signer.certificate(), ChipFixture.ecKeys().getPrivate());
        ChipFiles.Builder b = ChipFiles.builder().sod(sod);
        dgs.forEach(b::dataGroup);
        return b.build();
    }

    static ChipFiles withUnlistedDg14(Issuer signer) {
        ChipFiles good = ChipFixture.files(signer);
        ChipFiles.Builder b = ChipFiles.builder()
                .sod(good.sod().orElseThrow())
                .add(ChipFixture.tlv(0x6E, ChipFixture.tlv(0x31, new byte[0])));
        good.dataGroupNumbers().forEach(n -> b.add(good.dataGroup(n).orElseThrow()));
        return b.build();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
