package io.github.egovsdk.vneid.chip;

import io.github.egovsdk.vneid.chip.PassiveAuthenticationResult.DataGroupStatus;
import io.github.egovsdk.vneid.chip.PassiveAuthenticationResult.Verdict;
import io.github.egovsdk.vneid.internal.chip.Bc;
import io.github.egovsdk.vneid.internal.chip.Certificates;
import io.github.egovsdk.vneid.internal.chip.MasterListReader;
import io.github.egovsdk.vneid.internal.chip.TrustLoader;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Passive authentication (ICAO 9303 Part 11) of data read from a CCCD / thẻ căn cước chip, as a pure function of the
 * read files and the configured trust: (1) the EF.SOD CMS signature verifies with its Document Signer certificate
 * (DSC); (2) the DSC is issued by a trusted CSCA (name and signature) and both are valid at the {@link Clock}'s time;
 * (3) the hash of every data group read equals the SOD's.
 *
 * <p>A verification failure never throws: {@link #verify(ChipFiles)} returns a {@link PassiveAuthenticationResult}
 * naming every failed step ({@link PaCheck}); only malformed input throws {@link ChipFormatException}. With no CSCA
 * configured the verdict is at best {@link Verdict#CHAIN_NOT_VERIFIED}. CRLs are not checked (no public source for the
 * Vietnamese CSCA's CRL); passive authentication does not detect a cloned chip (that needs active or chip
 * authentication). Thread-safe and immutable.
 *
 * <p>Example:
 * <pre>{@code
 * PassiveAuthenticationResult pa = PassiveAuthenticator.builder()
 *         .trustAnchorsFrom(Path.of("csca/"))              // PEM/DER files; or a KeyStore or an ICAO master list
 *         .build().verify(files);
 * pa.verdict();          // PASSED, FAILED or CHAIN_NOT_VERIFIED
 * pa.failedChecks();     // e.g. DG_HASH_MISMATCH, DSC_CHAIN
 * }</pre>
 */
public final class PassiveAuthenticator {
    private final List<X509Certificate> cscas;
    private final Clock clock;

    private PassiveAuthenticator(Builder b) {
        this.cscas = List.copyOf(b.cscas);
        this.clock = b.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The trusted CSCA certificates. */
    public List<X509Certificate> trustAnchors() {
        return cscas;
    }

    /** Authenticates a parsed chip read (its raw files). */
    public PassiveAuthenticationResult verify(CitizenCardChip chip) {
        return verify(chip.files());
    }

    /**
     * Authenticates the files as read.
     *
     * @throws ChipFormatException when EF.SOD is malformed
     */
    public PassiveAuthenticationResult verify(ChipFiles files) {
        try {
            return authenticate(files);
        } catch (ChipFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            // the boundary for what BouncyCastle reports late about a SOD that parsed (signer attributes, DSC fields)
            throw new ChipFormatException(
                    "EF.SOD",
                    "CMS_STRUCTURE",
                    "the SignedData is malformed (" + e.getClass().getSimpleName() + ")",
                    "cấu trúc SignedData không hợp lệ",
                    e);
        }
    }

    private PassiveAuthenticationResult authenticate(ChipFiles files) {
        Instant now = clock.instant();
        List<PaFailure> failures = new ArrayList<>();
        Map<Integer, DataGroupStatus> groups = new LinkedHashMap<>();
        Optional<byte[]> sodBytes = files.sod();
        if (sodBytes.isEmpty()) {
            failures.add(PaFailure.of(
                    PaCheck.SOD_MISSING,
                    "EF.SOD was not read: nothing is authenticated",
                    "chưa đọc EF.SOD: không dữ liệu nào được xác thực"));
            files.dataGroupNumbers().forEach(n -> groups.put(n, DataGroupStatus.NOT_IN_SOD));
            return new PassiveAuthenticationResult(
                    Verdict.FAILED, failures, groups, null, Optional.empty(), Optional.empty(), now);
        }
        EfSod sod = EfSod.parse(sodBytes.get());
        now = validityTime(sod, now);
        Optional<X509Certificate> dsc = sod.documentSigner();
        X509Certificate issuer = null;
        if (dsc.isEmpty()) {
            failures.add(PaFailure.of(
                    PaCheck.DSC_MISSING,
                    "EF.SOD embeds no Document Signer certificate",
                    "EF.SOD không chứa chứng thư người ký tài liệu (DSC)"));
        } else {
            checkSignature(sod, dsc.get(), failures);
            validity(dsc.get(), now, PaCheck.DSC_EXPIRED, PaCheck.DSC_NOT_YET_VALID, "DSC", failures);
            if (!cscas.isEmpty()) {
                issuer = chain(dsc.get(), now, failures);
            }
        }
        checkHashes(files, sod, groups, failures);
        Verdict verdict =
                !failures.isEmpty() ? Verdict.FAILED : cscas.isEmpty() ? Verdict.CHAIN_NOT_VERIFIED : Verdict.PASSED;
        return new PassiveAuthenticationResult(
                verdict, failures, groups, sod.digestAlgorithm(), dsc, Optional.ofNullable(issuer), now);
    }

    /**
     * The reference (ICAO 9303-11 path validation) checks certificate validity at signing time: a card outlives its
     * DSC's validity. The SOD's signed signing time is used when it has one and it is not in the future; else the
     * clock.
     */
    private static Instant validityTime(EfSod sod, Instant clockTime) {
        return sod.signingTime()
                .filter(t -> !t.isAfter(clockTime.plus(Duration.ofDays(1))))
                .orElse(clockTime);
    }

    private static void checkSignature(EfSod sod, X509Certificate dsc, List<PaFailure> failures) {
        boolean ok;
        try {
            // by the public key: the DSC's validity is a separate step (DSC_EXPIRED), not a signature failure
            ok = sod.signer()
                    .verify(new JcaSimpleSignerInfoVerifierBuilder()
                            .setProvider(Bc.PROVIDER)
                            .build(dsc.getPublicKey()));
        } catch (Exception e) { // wrong key type, bad signature encoding, digest mismatch: all mean "does not verify"
            ok = false;
        }
        if (!ok) {
            failures.add(PaFailure.of(
                    PaCheck.SOD_SIGNATURE,
                    "the EF.SOD signature does not verify with the DSC",
                    "chữ ký EF.SOD không hợp lệ với chứng thư DSC"));
        }
    }

    private X509Certificate chain(X509Certificate dsc, Instant now, List<PaFailure> failures) {
        List<X509Certificate> issuers = Certificates.findIssuer(dsc, cscas);
        if (issuers.isEmpty()) {
            failures.add(PaFailure.of(
                    PaCheck.DSC_CHAIN,
                    "the DSC is not issued by any trusted CSCA",
                    "chứng thư DSC không do CSCA tin cậy nào cấp"));
            return null;
        }
        X509Certificate chosen = issuers.stream()
                .filter(c -> Certificates.validity(c, now) == 0)
                .findFirst()
                .orElse(issuers.get(0));
        validity(chosen, now, PaCheck.CSCA_EXPIRED, PaCheck.CSCA_NOT_YET_VALID, "CSCA", failures);
        return chosen;
    }

    private static void validity(
            X509Certificate cert, Instant now, PaCheck expired, PaCheck notYet, String what, List<PaFailure> failures) {
        int v = Certificates.validity(cert, now);
        if (v > 0) {
            failures.add(PaFailure.of(
                    expired,
                    "the " + what + " expired on " + cert.getNotAfter().toInstant(),
                    "chứng thư " + what + " hết hạn ngày " + cert.getNotAfter().toInstant()));
        } else if (v < 0) {
            failures.add(PaFailure.of(
                    notYet,
                    "the " + what + " is valid only from " + cert.getNotBefore().toInstant(),
                    "chứng thư " + what + " chỉ có hiệu lực từ "
                            + cert.getNotBefore().toInstant()));
        }
    }

    private static void checkHashes(
            ChipFiles files, EfSod sod, Map<Integer, DataGroupStatus> groups, List<PaFailure> failures) {
        for (int n : files.dataGroupNumbers()) {
            Optional<byte[]> expected = sod.hash(n);
            if (expected.isEmpty()) {
                groups.put(n, DataGroupStatus.NOT_IN_SOD);
                failures.add(PaFailure.of(
                        PaCheck.DG_NOT_IN_SOD,
                        n,
                        "DG" + n + " is not listed in EF.SOD",
                        "DG" + n + " không có trong EF.SOD"));
                continue;
            }
            byte[] actual = digest(sod.digestAlgorithm(), files.dataGroup(n).orElseThrow());
            if (MessageDigest.isEqual(actual, expected.get())) {
                groups.put(n, DataGroupStatus.MATCH);
            } else {
                groups.put(n, DataGroupStatus.MISMATCH);
                failures.add(PaFailure.of(
                        PaCheck.DG_HASH_MISMATCH,
                        n,
                        "the DG" + n + " hash differs from EF.SOD's",
                        "giá trị băm của DG" + n + " khác giá trị trong EF.SOD"));
            }
        }
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks " + algorithm, e);
        }
    }

    @Override
    public String toString() {
        return "PassiveAuthenticator[" + cscas.size() + " CSCA, clock=" + clock + "]";
    }

    /** Configures the trusted CSCAs and the clock. */
    public static final class Builder {
        private final List<X509Certificate> cscas = new ArrayList<>();
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        public Builder trustAnchor(X509Certificate csca) {
            cscas.add(Objects.requireNonNull(csca, "csca"));
            return this;
        }

        public Builder trustAnchors(Collection<X509Certificate> certificates) {
            certificates.forEach(this::trustAnchor);
            return this;
        }

        /** CSCAs from a PEM file (one or more certificates), a DER file or a folder of .pem/.crt/.cer/.der files. */
        public Builder trustAnchorsFrom(Path pemOrDer) {
            return trustAnchors(TrustLoader.certificates(pemOrDer));
        }

        /** Every certificate in a loaded key store (e.g. a PKCS#12 or JKS trust store). */
        public Builder trustAnchorsFrom(KeyStore keyStore) {
            return trustAnchors(TrustLoader.certificates(keyStore));
        }

        /**
         * The CSCAs of an ICAO master list (CMS SignedData of a CscaMasterList, DER or PEM "CMS"). Its signature is
         * verified; its signer must be issued by a CSCA of the list or one already configured.
         *
         * @throws ChipFormatException malformed, unsigned or untrusted master list
         */
        public Builder masterList(byte[] masterList) {
            return trustAnchors(MasterListReader.read(masterList, cscas));
        }

        public Builder masterList(Path file) {
            return masterList(TrustLoader.read(file));
        }

        /** The clock (default: system UTC); certificates must be valid at the SOD's signing time, or at this clock's
         * time when the SOD has none. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public PassiveAuthenticator build() {
            return new PassiveAuthenticator(this);
        }
    }
}
