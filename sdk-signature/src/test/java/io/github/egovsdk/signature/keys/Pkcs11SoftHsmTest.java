package io.github.egovsdk.signature.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.egovsdk.signature.trust.TrustAnchors;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PKCS#11 signing for real: a SoftHSM2 token, SunPKCS11, PAdES, then our validator. */
@Tag("interop")
class Pkcs11SoftHsmTest {
    static final Path LIB = Path.of("/usr/lib/softhsm/libsofthsm2.so");

    @Test
    void fromPkcs11_whenKeyOnSoftHsmToken_signsAPdfThatVerifies(@TempDir Path dir) throws Exception {
        assumeTrue(
                Files.exists(LIB) && Files.isExecutable(Path.of("/usr/bin/softhsm2-util")),
                "softhsm2 not installed (.ci/run installs it)");
        Path tokens = Files.createDirectories(dir.resolve("tokens"));
        Path conf = Files.writeString(
                dir.resolve("softhsm2.conf"),
                "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        ProcessBuilder init = new ProcessBuilder(
                        "softhsm2-util",
                        "--init-token",
                        "--free",
                        "--label",
                        "egov",
                        "--pin",
                        "1234",
                        "--so-pin",
                        "5678")
                .redirectErrorStream(true);
        init.environment().put("SOFTHSM2_CONF", conf.toString());
        Process i = init.start();
        String initOut = new String(i.getInputStream().readAllBytes());
        assertThat(i.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(i.exitValue()).as(initOut).isZero();

        Path signed = dir.resolve("signed.pdf");
        Path root = dir.resolve("root.pem");
        ProcessBuilder sign = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        SoftHsmSignMain.class.getName(),
                        LIB.toString(),
                        signed.toString(),
                        root.toString())
                .redirectErrorStream(true);
        sign.environment().put("SOFTHSM2_CONF", conf.toString());
        Process s = sign.start();
        String out = new String(s.getInputStream().readAllBytes());
        assertThat(s.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(s.exitValue()).as(out).isZero();
        assertThat(out).contains("signed-on-token");

        SignatureReport r = SignatureValidator.builder()
                .trustAnchors(TrustAnchors.fromPath(root))
                .build()
                .validate(signed)
                .signatures()
                .get(0);
        assertThat(r.indication()).as(r.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(r.signer().subject()).contains("Nguyễn Văn An");
    }
}
