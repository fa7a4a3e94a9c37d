package io.github.egovsdk.benchmarks.dss;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A test PKI made once per benchmark run: RSA-2048 root and a leaf signing certificate issued by it. */
public final class BenchmarkKeys {
    public final X509Certificate root;
    public final PrivateKey rootKey;
    public final X509Certificate leaf;
    public final PrivateKey leafKey;

    private BenchmarkKeys() throws Exception {
        KeyPair rootPair = rsa();
        this.rootKey = rootPair.getPrivate();
        this.root = certificate(
                "CN=Benchmark Root CA,O=EGov SDK benchmarks,C=VN",
                rootPair,
                "CN=Benchmark Root CA,O=EGov SDK benchmarks,C=VN",
                rootPair.getPrivate(),
                true);
        KeyPair leafPair = rsa();
        this.leafKey = leafPair.getPrivate();
        this.leaf = certificate(
                "CN=Nguyen Van Benchmark,O=So Thong tin va Truyen thong,C=VN",
                leafPair,
                "CN=Benchmark Root CA,O=EGov SDK benchmarks,C=VN",
                rootPair.getPrivate(),
                false);
    }

    public static BenchmarkKeys create() {
        try {
            return new BenchmarkKeys();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the benchmark PKI", e);
        }
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048, new SecureRandom());
        return g.generateKeyPair();
    }

    private static X509Certificate certificate(
            String subject, KeyPair subjectPair, String issuer, PrivateKey issuerKey, boolean ca) throws Exception {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                new X500Name(issuer),
                BigInteger.valueOf(now.toEpochMilli()).add(BigInteger.valueOf(ca ? 1 : 2)),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(365))),
                new X500Name(subject),
                subjectPair.getPublic());
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
