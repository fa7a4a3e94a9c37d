package io.github.egovsdk.testkit.internal;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** The sandbox's PKI, generated at start: a root, an issuing CA, a TSA, and signing keys for sandbox people/agencies. */
public final class SandboxPki {
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());
    private final KeyPair rootKeys = rsa();
    private final KeyPair caKeys = rsa();
    public final X509Certificate root;
    public final X509Certificate ca;
    public final KeyPair tsaKeys = rsa();
    public final X509Certificate tsa;

    public SandboxPki() {
        Instant now = Instant.now();
        root = issue("CN=EGov Sandbox Root CA (KHÔNG DÙNG THẬT),O=EGov SDK Sandbox,C=VN", rootKeys,
                rootKeys.getPrivate(), der("CN=EGov Sandbox Root CA (KHÔNG DÙNG THẬT),O=EGov SDK Sandbox,C=VN"), true, false,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)));
        ca = issue("CN=EGov Sandbox Issuing CA,O=EGov SDK Sandbox,C=VN", caKeys, rootKeys.getPrivate(),
                root.getSubjectX500Principal().getEncoded(), true, false, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(1825)));
        tsa = issue("CN=EGov Sandbox TSA,O=EGov SDK Sandbox,C=VN", tsaKeys, caKeys.getPrivate(),
                ca.getSubjectX500Principal().getEncoded(), false, true, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(365)));
    }

    /** A new signing key and certificate for a sandbox person or agency seal. */
    public Issued person(String subjectDn) {
        KeyPair kp = rsa();
        X509Certificate c = issue(subjectDn, kp, caKeys.getPrivate(), ca.getSubjectX500Principal().getEncoded(), false,
                false, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365)));
        return new Issued(kp.getPrivate(), c, ca);
    }

    /** A private key with its certificate and the issuing CA. */
    public record Issued(PrivateKey key, X509Certificate certificate, X509Certificate issuer) {
    }

    private static byte[] der(String dn) {
        try {
            return new X500Name(dn).getEncoded();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() {
        // 2048-bit RSA: the smallest size the SDK signs with.
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate issue(String subject, KeyPair subjectKeys, PrivateKey issuerKey, byte[] issuer,
            boolean caCert, boolean tsaCert, Instant from, Instant to) {
        try {
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(X500Name.getInstance(issuer),
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(from), Date.from(to), new X500Name(subject),
                    subjectKeys.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(caCert));
            b.addExtension(Extension.subjectKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createSubjectKeyIdentifier(subjectKeys.getPublic()));
            b.addExtension(Extension.keyUsage, true, caCert ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                    : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            if (tsaCert) {
                b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            }
            return new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create sandbox certificate " + subject, e);
        }
    }
}
