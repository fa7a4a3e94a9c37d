package io.github.egovsdk.signature.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.egovsdk.signature.sign.SignOptions;
import io.github.egovsdk.signature.testpki.TimestampedSigningTest;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CAdES B-T (signature time-stamp unsigned attribute), detached .p7s and enveloping .p7m, checked by openssl too. */
class CadesBaselineTTest extends TimestampedSigningTest {

    private static Path sign(Path dir, boolean detached) throws Exception {
        Path content = Files.writeString(dir.resolve("to-trinh.txt"), "Tờ trình số 12/TTr-VP về việc ký số");
        Path out = dir.resolve(detached ? "to-trinh.txt.p7s" : "to-trinh.txt.p7m");
        CadesSigner.builder()
                .key(key)
                .tsa(tsa)
                .build()
                .sign(content, out, detached ? SignOptions.detached() : SignOptions.enveloping());
        return out;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void sign_whenTsaGiven_isBaselineTWithATimestampOverTheSignatureValue(boolean detached, @TempDir Path dir)
            throws Exception {
        Path signed = sign(dir, detached);
        SignatureReport s = SignatureValidator.builder()
                .trustAnchor(pki.root)
                .build()
                .validate(signed, detached ? dir.resolve("to-trinh.txt") : null)
                .signatures()
                .get(0);

        assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(s.format()).isEqualTo("CAdES-BASELINE-T");
        assertThat(s.timestamp().valid()).isTrue();
        SignerInformation si = new CMSSignedData(Files.readAllBytes(signed))
                .getSignerInfos()
                .getSigners()
                .iterator()
                .next();
        assertThat(si.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken))
                .isNotNull();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    @Tag("interop")
    void opensslCmsVerify_whenBaselineT_verifiesSignatureAndTimestamp(boolean detached, @TempDir Path dir)
            throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl not installed");
        Path signed = sign(dir, detached);
        Path roots = Files.writeString(dir.resolve("roots.pem"), pem(pki.root.getEncoded()) + pem(pki.ca.getEncoded()));
        Path extracted = dir.resolve("extracted.txt");
        String out = detached
                ? run(
                        "openssl",
                        "cms",
                        "-verify",
                        "-binary",
                        "-inform",
                        "DER",
                        "-in",
                        signed.toString(),
                        "-content",
                        dir.resolve("to-trinh.txt").toString(),
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
                        signed.toString(),
                        "-CAfile",
                        roots.toString(),
                        "-purpose",
                        "any",
                        "-out",
                        extracted.toString());
        assertThat(out).contains("Verification successful");
        assertThat(Files.readString(extracted)).isEqualTo("Tờ trình số 12/TTr-VP về việc ký số");

        // The signature time-stamp: its imprint is SHA-256 of the SignerInfo's signature value.
        SignerInformation si = new CMSSignedData(Files.readAllBytes(signed))
                .getSignerInfos()
                .getSigners()
                .iterator()
                .next();
        Path token = Files.write(
                dir.resolve("token.der"),
                si.getUnsignedAttributes()
                        .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
                        .getAttrValues()
                        .getObjectAt(0)
                        .toASN1Primitive()
                        .getEncoded());
        String digest =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(si.getSignature()));
        String ts = run(
                "openssl",
                "ts",
                "-verify",
                "-digest",
                digest,
                "-in",
                token.toString(),
                "-token_in",
                "-CAfile",
                roots.toString());
        assertThat(ts).contains("Verification: OK");
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
