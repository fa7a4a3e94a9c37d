package io.github.egovsdk.testkit;

import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.keys.SigningKeys;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

/**
 * The sandbox's own PKI, generated fresh at every start (never trust it outside the sandbox): a root CA, an issuing
 * CA, a signing certificate for the sandbox agency's officer, one for its seal (con dấu), and the TSA certificate.
 * Every certificate below the root names its issuer's CRL and certificate on the sandbox ({@code /pki/}), end-entity
 * certificates also the OCSP responder: B-LT signatures made with them validate offline in any verifier.
 * Signatures made with these keys and time-stamped by the sandbox TSA verify TOTAL_PASSED when {@link #root()} is a
 * trust anchor.
 *
 * <p>Example:
 * <pre>{@code
 * SandboxPki pki = sandbox.pki();
 * pki.officerKey();                          // a signing key chaining to pki.root()
 * pki.writeOfficerPkcs12(dir.resolve("officer.p12"), "sandbox".toCharArray());
 * pki.writeRootPem(dir.resolve("root.pem"));  // trust it in egov verify --trust or your validator
 * }</pre>
 */
public final class SandboxPki {
    private static final String ISSUER = "CN=EGov Sandbox Issuing CA (KHONG DUNG THAT),O=EGov SDK Sandbox,C=VN";
    private static final String ROOT = "CN=EGov Sandbox Root CA (KHONG DUNG THAT),O=EGov SDK Sandbox,C=VN";
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());
    private final KeyPair issuerKeys = rsa();
    private final X509Certificate root;
    private final X509Certificate issuer;
    private final KeyPair officerKeys = rsa();
    private final X509Certificate officer;
    private final KeyPair sealKeys = rsa();
    private final X509Certificate seal;
    private final KeyPair tsaKeys = rsa();
    private final X509Certificate tsa;
    private final String ocspUrl;
    private final String pkiUrl;
    private final KeyPair rootKeys = rsa();
    private final Set<BigInteger> issued = ConcurrentHashMap.newKeySet();
    private final Map<BigInteger, Instant> revoked = new ConcurrentHashMap<>();

    /**
     * @param pkiUrl where the sandbox publishes CRLs and CA certificates ({@code …/pki}, see {@link #published}), or
     *               null for certificates without CRL distribution points and caIssuers
     */
    SandboxPki(String agencyName, String ocspUrl, String pkiUrl) {
        this.ocspUrl = ocspUrl;
        this.pkiUrl = pkiUrl;
        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofDays(1));
        root = cert(ROOT, rootKeys, ROOT, rootKeys.getPrivate(), Kind.CA, from, now.plus(Duration.ofDays(3650)));
        issuer = cert(ISSUER, issuerKeys, ROOT, rootKeys.getPrivate(), Kind.CA, from, now.plus(Duration.ofDays(1825)));
        officer = cert(
                "CN=Nguyễn Văn Thử (sandbox),T=Chánh Văn phòng,O=" + agencyName + ",C=VN",
                officerKeys,
                ISSUER,
                issuerKeys.getPrivate(),
                Kind.SIGNER,
                from,
                now.plus(Duration.ofDays(365)));
        seal = cert(
                "CN=" + agencyName + ",O=" + agencyName + ",C=VN",
                sealKeys,
                ISSUER,
                issuerKeys.getPrivate(),
                Kind.SIGNER,
                from,
                now.plus(Duration.ofDays(365)));
        tsa = cert(
                "CN=EGov Sandbox TSA,O=EGov SDK Sandbox,C=VN",
                tsaKeys,
                ISSUER,
                issuerKeys.getPrivate(),
                Kind.TSA,
                from,
                now.plus(Duration.ofDays(365)));
    }

    /** The trust anchor of every sandbox certificate. */
    public X509Certificate root() {
        return root;
    }

    /** The issuing CA (intermediate). */
    public X509Certificate issuingCa() {
        return issuer;
    }

    /** The agency officer's signing key (chữ ký số của người có thẩm quyền), chain included. */
    public SigningKey officerKey() {
        return SigningKeys.of(officerKeys.getPrivate(), List.of(officer, issuer));
    }

    /** The agency's seal key (chữ ký số của cơ quan), chain included. */
    public SigningKey sealKey() {
        return SigningKeys.of(sealKeys.getPrivate(), List.of(seal, issuer));
    }

    /** A fresh key and certificate for {@code subjectDn} (RFC 4514 form), issued by the sandbox issuing CA. */
    public SigningKey issue(String subjectDn) {
        KeyPair keys = rsa();
        Instant now = Instant.now();
        X509Certificate cert = cert(
                subjectDn,
                keys,
                ISSUER,
                issuerKeys.getPrivate(),
                Kind.SIGNER,
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(365)));
        return SigningKeys.of(keys.getPrivate(), List.of(cert, issuer));
    }

    /** The TSA's certificate. */
    public X509Certificate tsaCertificate() {
        return tsa;
    }

    PrivateKey officerPrivateKey() {
        return officerKeys.getPrivate();
    }

    PrivateKey tsaPrivateKey() {
        return tsaKeys.getPrivate();
    }

    /** Marks a certificate issued by the sandbox CA as revoked (key compromise) from now on, for the OCSP responder. */
    public void revoke(X509Certificate certificate) {
        revoked.put(certificate.getSerialNumber(), Instant.now());
    }

    /** OCSP view of a serial of the issuing CA: revocation time, or empty; {@code null} when never issued. */
    Optional<Instant> revocation(BigInteger serial) {
        if (!issued.contains(serial)) {
            return null;
        }
        return Optional.ofNullable(revoked.get(serial));
    }

    PrivateKey issuerPrivateKey() {
        return issuerKeys.getPrivate();
    }

    /**
     * What the sandbox publishes under {@code /pki/}: {@code root.crl} and {@code ca.crl} (fresh CRLs of the root and
     * the issuing CA, signed by them, listing what {@link #revoke} revoked), {@code root.cer} and {@code ca.cer}
     * (DER); null for another name.
     */
    byte[] published(String name) {
        return switch (name) {
            case "root.cer" -> SandboxPkiExtensions.der(root);
            case "ca.cer" -> SandboxPkiExtensions.der(issuer);
            case "root.crl" -> SandboxPkiExtensions.crl(ROOT, rootKeys.getPrivate(), revoked);
            case "ca.crl" -> SandboxPkiExtensions.crl(ISSUER, issuerKeys.getPrivate(), revoked);
            default -> null;
        };
    }

    /** Writes the officer's key as PKCS#12 (alias {@code signer}) for tools such as {@code egov sign}. */
    public Path writeOfficerPkcs12(Path file, char[] password) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("signer", officerKeys.getPrivate(), password, new X509Certificate[] {officer, issuer});
            try (OutputStream out = Files.newOutputStream(file)) {
                ks.store(out, password);
            }
            return file;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the sandbox PKCS#12 to " + file, e);
        }
    }

    /** Writes the root certificate as PEM (for {@code egov verify --trust}). */
    public Path writeRootPem(Path file) {
        try {
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(root.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            return Files.writeString(file, pem);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the sandbox root to " + file, e);
        }
    }

    private enum Kind {
        CA,
        SIGNER,
        TSA
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private X509Certificate cert(
            String subject, KeyPair keys, String issuer, PrivateKey issuerKey, Kind kind, Instant from, Instant to) {
        try {
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                    new X500Name(issuer),
                    BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(from),
                    Date.from(to),
                    new X500Name(subject),
                    keys.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(kind == Kind.CA));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            b.addExtension(
                    Extension.keyUsage,
                    true,
                    kind == Kind.CA
                            ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                            : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            if (!subject.equals(issuer)) {
                SandboxPkiExtensions.add(
                        b, issuer.equals(ROOT) ? "root" : "ca", kind != Kind.CA ? ocspUrl : null, pkiUrl);
            }
            if (kind == Kind.TSA) {
                b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            }
            X509Certificate c = new JcaX509CertificateConverter()
                    .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
            if (issuer.equals(ISSUER)) {
                issued.add(c.getSerialNumber());
            }
            return c;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the sandbox certificate " + subject, e);
        }
    }
}
