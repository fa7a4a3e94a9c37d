package io.github.egovsdk.fuzz;

import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.keys.SigningKeys;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A throw-away root CA and signer, generated per run, so the integrity oracle starts from a signature that passes. */
final class FuzzPki {
    final X509Certificate root;
    final X509Certificate signer;
    private final PrivateKey signerKey;

    FuzzPki() throws Exception {
        KeyPair rootKeys = rsa();
        KeyPair signerKeys = rsa();
        String rootDn = "CN=Fuzz Root CA (KHONG DUNG THAT),O=EGov SDK fuzz,C=VN";
        root = cert(rootDn, rootKeys, rootDn, rootKeys.getPrivate(), true, 1);
        signer = cert(
                "CN=Fuzz Signer (KHONG DUNG THAT),O=EGov SDK fuzz,C=VN",
                signerKeys,
                rootDn,
                rootKeys.getPrivate(),
                false,
                2);
        signerKey = signerKeys.getPrivate();
    }

    SigningKey key() {
        return SigningKeys.of(signerKey, List.of(signer));
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static X509Certificate cert(
            String subject, KeyPair keys, String issuer, PrivateKey issuerKey, boolean ca, long serial)
            throws Exception {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                new X500Name(issuer),
                BigInteger.valueOf(serial),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(30))),
                new X500Name(subject),
                keys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        b.addExtension(
                Extension.keyUsage,
                true,
                ca
                        ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                        : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }
}
