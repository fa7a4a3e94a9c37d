package io.github.egovsdk.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureValidator;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A {@link PadesSigner} bean whose key is on a real SoftHSM2 token. Surefire points {@code SOFTHSM2_CONF} at
 * {@code target/softhsm/softhsm2.conf}; the test writes that file and initialises the token before the library is
 * first loaded in this JVM.
 */
class Pkcs11SignerAutoConfigurationTest {
    static final Path LIB = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(EgovClientsAutoConfiguration.class, EgovSignatureAutoConfiguration.class));

    @Test
    void padesSigner_whenPkcs11KeyConfigured_signsWithTheTokenKey() throws Exception {
        assumeTrue(
                Files.exists(LIB) && Files.isExecutable(Path.of("/usr/bin/softhsm2-util")),
                "softhsm2 not installed (.ci/run installs it)");
        String confPath = System.getenv("SOFTHSM2_CONF");
        assertThat(confPath).as("surefire sets SOFTHSM2_CONF").isNotNull();
        Path conf = Path.of(confPath);
        Path tokens = Files.createDirectories(conf.resolveSibling("tokens-" + System.nanoTime()));
        Files.writeString(
                conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\n" + "log.level = ERROR\n");
        ProcessBuilder init = new ProcessBuilder(
                        "softhsm2-util",
                        "--init-token",
                        "--free",
                        "--label",
                        "starter",
                        "--pin",
                        "1234",
                        "--so-pin",
                        "5678")
                .redirectErrorStream(true);
        Process i = init.start();
        String out = new String(i.getInputStream().readAllBytes());
        assertThat(i.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(i.exitValue()).as(out).isZero();

        X509Certificate cert = putKeyOnToken();
        Path pdf = conf.resolveSibling("in.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        Path signed = conf.resolveSibling("signed.pdf");
        runner.withPropertyValues(
                        "egov.signature.pades.pkcs11.library=" + LIB,
                        "egov.signature.pades.pkcs11.pin=1234",
                        "egov.signature.pades.pkcs11.alias=signer")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed().hasSingleBean(PadesSigner.class);
                    ctx.getBean(PadesSigner.class).sign(pdf, signed, PadesOptions.invisible());
                });
        var report = SignatureValidator.builder()
                .trustAnchor(cert)
                .offline(true)
                .build()
                .validate(signed);
        assertThat(report.signatures()).singleElement().satisfies(r -> {
            assertThat(r.signer().subject()).contains("Starter Token");
            assertThat(r.indication()).as(r.messages().toString()).isNotEqualTo(Indication.TOTAL_FAILED);
        });

        runner.withPropertyValues("egov.signature.pades.pkcs11.library=" + LIB).run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure())
                    .rootCause()
                    .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                    .hasMessageContaining("egov.signature.pades.pkcs11.pin");
        });
    }

    private static X509Certificate putKeyOnToken() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair pair = g.generateKeyPair();
        X500Name name = new X500Name("CN=Starter Token, O=EGov SDK test, C=VN");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                name,
                BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(30, ChronoUnit.DAYS)),
                name,
                pair.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        X509Certificate cert = new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        Provider p = Security.getProvider("SunPKCS11")
                .configure("--name=starter-setup\nlibrary=" + LIB + "\nslotListIndex=0\n");
        KeyStore ks = KeyStore.getInstance("PKCS11", p);
        ks.load(null, "1234".toCharArray());
        ks.setKeyEntry("signer", pair.getPrivate(), null, new Certificate[] {cert});
        return cert;
    }
}
