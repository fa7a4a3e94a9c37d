package io.github.egovsdk.edoc.sign;

import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.keys.SigningKeys;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A root CA and an agency signing certificate, generated for each test run (no key material in the repository). */
final class TestPki {
    final X509Certificate root;
    final SigningKey agencyKey;

    TestPki(String agencyName) throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        KeyPair rootKeys = gen.generateKeyPair();
        KeyPair leafKeys = gen.generateKeyPair();
        X500Name rootName = new X500Name("CN=Test Root CA KHONG-DUNG-THAT,O=EGov SDK tests,C=VN");
        root = certificate(rootName, rootName, rootKeys, rootKeys, true, 1);
        X509Certificate leaf = certificate(
                rootName, new X500Name("CN=" + agencyName + ",O=EGov SDK tests,C=VN"), leafKeys, rootKeys, false, 2);
        agencyKey = SigningKeys.of(leafKeys.getPrivate(), List.of(leaf, root));
    }

    private static X509Certificate certificate(
            X500Name issuer, X500Name subject, KeyPair subjectKeys, KeyPair issuerKeys, boolean ca, long serial)
            throws Exception {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                issuer,
                BigInteger.valueOf(serial),
                Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(365, ChronoUnit.DAYS)),
                subject,
                subjectKeys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        b.addExtension(
                Extension.keyUsage,
                true,
                new KeyUsage(
                        ca
                                ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                                : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }
}
