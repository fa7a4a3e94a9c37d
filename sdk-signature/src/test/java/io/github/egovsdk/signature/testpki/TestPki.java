package io.github.egovsdk.signature.testpki;

import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test PKI generated per run: root CA → issuing CA → signer, plus a TSA certificate and an expired signer. The root
 * publishes its CRL and certificate on loopback ({@link #rootUrl}), named in the issuing CA's CRL distribution point
 * and AIA caIssuers, so B-LT can fetch the root and the CA's revocation data as with a real CA.
 */
public final class TestPki implements AutoCloseable {
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());
    public final KeyPair rootKeys = rsa();
    public final X509Certificate root;
    public final KeyPair caKeys = rsa();
    public final X509Certificate ca;
    public final KeyPair signerKeys = rsa();
    public final X509Certificate signer;
    public final KeyPair tsaKeys = rsa();
    public final X509Certificate tsa;
    public final X509Certificate expiredSigner;

    public final URI rootUrl;
    private final HttpServer rootServer;

    public TestPki() {
        Instant now = Instant.now();
        rootServer = RootPublication.start(this);
        rootUrl = URI.create("http://127.0.0.1:" + rootServer.getAddress().getPort());
        root = cert(
                "CN=Test Root CA,O=EGov SDK Test,C=VN",
                rootKeys,
                "CN=Test Root CA,O=EGov SDK Test,C=VN",
                rootKeys.getPrivate(),
                true,
                false,
                now.minus(Duration.ofDays(900)),
                now.plus(Duration.ofDays(3650)));
        ca = RootPublication.withRootUrls(
                cert(
                        "CN=Test Issuing CA,O=EGov SDK Test,C=VN",
                        caKeys,
                        "CN=Test Root CA,O=EGov SDK Test,C=VN",
                        rootKeys.getPrivate(),
                        true,
                        false,
                        now.minus(Duration.ofDays(800)),
                        now.plus(Duration.ofDays(1825))),
                rootUrl,
                rootKeys.getPrivate());
        signer = cert(
                "CN=Nguyễn Văn An,OU=Văn phòng,O=UBND tỉnh Bắc Ninh,C=VN",
                signerKeys,
                "CN=Test Issuing CA,O=EGov SDK Test,C=VN",
                caKeys.getPrivate(),
                false,
                false,
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(365)));
        tsa = cert(
                "CN=Test TSA,O=EGov SDK Test,C=VN",
                tsaKeys,
                "CN=Test Issuing CA,O=EGov SDK Test,C=VN",
                caKeys.getPrivate(),
                false,
                true,
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(365)));
        expiredSigner = cert(
                "CN=Expired Signer,O=EGov SDK Test,C=VN",
                signerKeys,
                "CN=Test Issuing CA,O=EGov SDK Test,C=VN",
                caKeys.getPrivate(),
                false,
                false,
                now.minus(Duration.ofDays(400)),
                now.minus(Duration.ofDays(35)));
    }

    /** Stops the root's publication server (its thread would keep a forked JVM alive). */
    @Override
    public void close() {
        rootServer.stop(0);
    }

    public PrivateKey signerKey() {
        return signerKeys.getPrivate();
    }

    /**
     * A signer certificate issued by the issuing CA with a CRL distribution point and/or an AIA OCSP URL (either may
     * be null), valid from yesterday for a year.
     */
    public X509Certificate issue(String subject, KeyPair keys, URI crlUrl, URI ocspUrl) {
        return issue(
                subject,
                keys,
                crlUrl,
                ocspUrl,
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(365)));
    }

    public X509Certificate issue(String subject, KeyPair keys, URI crlUrl, URI ocspUrl, Instant from, Instant to) {
        try {
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                    new X500Name("CN=Test Issuing CA,O=EGov SDK Test,C=VN"),
                    BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(from),
                    Date.from(to),
                    new X500Name(subject),
                    keys.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            if (crlUrl != null) {
                var name = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl.toString()));
                b.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                    new DistributionPoint(new DistributionPointName(name), null, null)
                }));
            }
            if (ocspUrl != null) {
                b.addExtension(
                        Extension.authorityInfoAccess,
                        false,
                        new AuthorityInformationAccess(
                                AccessDescription.id_ad_ocsp,
                                new GeneralName(GeneralName.uniformResourceIdentifier, ocspUrl.toString())));
            }
            return new JcaX509CertificateConverter()
                    .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create test certificate " + subject, e);
        }
    }

    public static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate cert(
            String subject,
            KeyPair subjectKeys,
            String issuer,
            PrivateKey issuerKey,
            boolean ca,
            boolean tsa,
            Instant from,
            Instant to) {
        try {
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                    new X500Name(issuer),
                    BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(from),
                    Date.from(to),
                    new X500Name(subject),
                    subjectKeys.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            b.addExtension(
                    Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subjectKeys.getPublic()));
            b.addExtension(
                    Extension.keyUsage,
                    true,
                    ca
                            ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                            : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            if (tsa) {
                b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            }
            return new JcaX509CertificateConverter()
                    .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create test certificate " + subject, e);
        }
    }
}
