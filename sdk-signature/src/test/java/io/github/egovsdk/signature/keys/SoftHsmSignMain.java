package io.github.egovsdk.signature.keys;

import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.testpki.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.util.Base64;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Run by {@link Pkcs11SoftHsmTest} in a JVM whose environment points SOFTHSM2_CONF at a fresh token: puts a test key
 * on the token, then signs a PDF through {@link SigningKeys#fromPkcs11}.
 */
public final class SoftHsmSignMain {
    private SoftHsmSignMain() {}

    /** Exits explicitly: the test PKI's loopback server thread must not keep this JVM (and the test) waiting. */
    public static void main(String[] args) {
        try (TestPki pki = new TestPki()) {
            run(args, pki);
        } catch (Exception e) {
            System.err.println("soft-hsm signing failed: " + e);
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String[] args, TestPki pki) throws Exception {
        Path library = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path rootPem = Path.of(args[2]);
        Provider p =
                Security.getProvider("SunPKCS11").configure("--name=setup\nlibrary=" + library + "\nslotListIndex=0\n");
        KeyStore ks = KeyStore.getInstance("PKCS11", p);
        ks.load(null, "1234".toCharArray());
        ks.setKeyEntry("signer", pki.signerKey(), null, new Certificate[] {pki.signer, pki.ca});
        Path pdf = out.resolveSibling("in.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        SigningKey key = SigningKeys.fromPkcs11(library, 0, label -> "1234".toCharArray(), "signer");
        PadesSigner.builder().key(key).build().sign(pdf, out, PadesOptions.invisible());
        Files.writeString(
                rootPem,
                "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pki.root.getEncoded())
                        + "\n-----END CERTIFICATE-----\n");
        System.out.println(
                "signed-on-token " + key.certificate().getSubjectX500Principal().getName());
    }
}
