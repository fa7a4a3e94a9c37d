package io.github.egovsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code egov sign} with the sandbox officer's PKCS#12, the sandbox TSA and OCSP responder (named in the certificate's
 * AIA): B-LT for XAdES and CAdES, XAdES detached; results are checked offline by the SDK's validator.
 */
class SignCommandTest {
    /** The PKCS#12 password is read from an environment variable; the test uses one every environment has. */
    static final String PASSWORD_ENV = Stream.of("HOME", "PATH", "USER")
            .filter(v -> System.getenv(v) != null)
            .findFirst()
            .orElseThrow();

    static EgovSandbox sandbox;
    static X509Certificate root;

    @BeforeAll
    static void start() {
        sandbox = EgovSandbox.start();
        root = sandbox.pki().root();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Path keystore(Path dir) {
        return sandbox.pki()
                .writeOfficerPkcs12(
                        dir.resolve("officer.p12"), System.getenv(PASSWORD_ENV).toCharArray());
    }

    private static CliRunner sign(Path dir, String... args) {
        String[] base = {"--key", keystore(dir).toString(), "--password-env", PASSWORD_ENV, "--json"};
        return CliRunner.run(Stream.concat(Stream.concat(Stream.of("sign"), Stream.of(args)), Stream.of(base))
                .toArray(String[]::new));
    }

    private static SignatureReport offline(Path signed, Path detached) {
        return SignatureValidator.builder()
                .trustAnchor(root)
                .offline(true)
                .build()
                .validate(signed, detached)
                .signatures()
                .get(0);
    }

    @Test
    void sign_whenXmlAtLevelLt_writesXadesLtThatValidatesOffline(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("cong-van.xml"), "<CongVan><SoHieu>12/UBND-VP</SoHieu></CongVan>");
        Path out = dir.resolve("cong-van-signed.xml");

        CliRunner r = sign(
                dir,
                in.toString(),
                out.toString(),
                "--level",
                "B-LT",
                "--tsa",
                sandbox.tsaEndpoint().toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("format").asString()).isEqualTo("xades");
        assertThat(j.get("level").asString()).isEqualTo("B-LT");
        SignatureReport s = offline(out, null);
        assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(s.format()).isEqualTo("XAdES-BASELINE-LT");
    }

    @Test
    void sign_whenCadesDetachedAtLevelLt_writesP7sLtThatValidatesOffline(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("to-trinh.txt"), "Tờ trình số 12/TTr-VP");
        Path out = dir.resolve("to-trinh.txt.p7s");

        CliRunner r = sign(
                dir,
                in.toString(),
                out.toString(),
                "--detached",
                "--level",
                "B-LT",
                "--tsa",
                sandbox.tsaEndpoint().toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.json().get("format").asString()).isEqualTo("cades");
        SignatureReport s = offline(out, in);
        assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(s.format()).isEqualTo("CAdES-BASELINE-LT");
    }

    @Test
    void sign_whenXadesDetached_referencesTheInputAndVerifiesWithIt(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("bao-cao.txt"), "Báo cáo tháng 11");
        Path out = dir.resolve("bao-cao.xml");

        CliRunner r = sign(dir, in.toString(), out.toString(), "--format", "xades", "--detached");
        CliRunner verified = CliRunner.run(
                "verify",
                out.toString(),
                "--detached",
                in.toString(),
                "--trust",
                sandbox.pki().writeRootPem(dir.resolve("root.pem")).toString(),
                "--json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("URI=\"bao-cao.txt\"").doesNotContain("Báo cáo tháng 11");
        assertThat(verified.exitCode()).as(verified.out()).isZero();
        assertThat(verified.json().get("signatures").get(0).get("format").asString())
                .isEqualTo("XAdES-BASELINE-B");
    }

    @Test
    void sign_whenLtaAskedForCades_exitsTwoWithoutWriting(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), "a");
        Path out = dir.resolve("a.p7m");

        CliRunner r = sign(
                dir,
                in.toString(),
                out.toString(),
                "--level",
                "B-LTA",
                "--tsa",
                sandbox.tsaEndpoint().toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("B-LTA");
        assertThat(out).doesNotExist();
    }

    @Test
    void sign_whenManyInputsWithOutputDir_signsEachInParallelAndVerifyTakesThemAll(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.xml"), "<CongVan><SoHieu>1/UBND</SoHieu></CongVan>");
        Path b = Files.writeString(dir.resolve("b.xml"), "<CongVan><SoHieu>2/UBND</SoHieu></CongVan>");
        Path out = Files.createDirectory(dir.resolve("signed"));

        CliRunner r = sign(
                dir,
                a.toString(),
                b.toString(),
                dir.resolve("missing.xml").toString(),
                "--output-dir",
                out.toString(),
                "--jobs",
                "2");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.json().get("summary").get("signed").asInt()).isEqualTo(2);
        assertThat(r.json().get("files")).hasSize(3);
        assertThat(r.json().get("files").get(2).get("error").get("code").asString())
                .isEqualTo("FILE_NOT_FOUND");
        assertThat(offline(out.resolve("a.xml"), null).passed()).isTrue();
        assertThat(offline(out.resolve("b.xml"), null).passed()).isTrue();

        CliRunner v = CliRunner.run(
                "verify", out.resolve("a.xml").toString(), out.resolve("b.xml").toString(), "--json");
        assertThat(v.exitCode()).as(v.err()).isEqualTo(1);
        assertThat(v.json().get("files")).hasSize(2);
        assertThat(v.json().get("files").get(1).get("file").asString()).isEqualTo("b.xml");
        assertThat(v.json().get("files").get(0).get("signatures")).isNotEmpty();
        assertThat(v.json().get("summary").get("invalid").asInt()).isEqualTo(2);
        CliRunner human = CliRunner.run(
                "verify", out.resolve("a.xml").toString(), out.resolve("b.xml").toString(), "--lang", "en");
        assertThat(human.out()).contains("Total 2 files: 0 valid, 2 not valid, 0 errors");
    }
}
