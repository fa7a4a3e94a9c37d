package io.github.egovsdk.testkit;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * What makes sandbox certificates validatable offline later (B-LT) and online by any verifier: a CRL distribution
 * point and an AIA caIssuers URL naming their issuer's CRL and certificate on the sandbox, and the OCSP responder for
 * end-entity certificates; and the CRLs themselves.
 */
final class SandboxPkiExtensions {
    private SandboxPkiExtensions() {}

    /** {@code issuer} is "root" or "ca"; {@code ocspUrl} and {@code pkiUrl} may be null. */
    static void add(X509v3CertificateBuilder b, String issuer, String ocspUrl, String pkiUrl) throws IOException {
        List<AccessDescription> access = new ArrayList<>();
        if (ocspUrl != null) {
            access.add(new AccessDescription(AccessDescription.id_ad_ocsp, uri(ocspUrl)));
        }
        if (pkiUrl != null) {
            access.add(new AccessDescription(AccessDescription.id_ad_caIssuers, uri(pkiUrl + "/" + issuer + ".cer")));
            b.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                new DistributionPoint(
                        new DistributionPointName(new GeneralNames(uri(pkiUrl + "/" + issuer + ".crl"))), null, null)
            }));
        }
        if (!access.isEmpty()) {
            b.addExtension(
                    Extension.authorityInfoAccess,
                    false,
                    new AuthorityInformationAccess(access.toArray(AccessDescription[]::new)));
        }
    }

    /** A CRL of {@code issuerDn} issued now, valid a week, listing the revoked serials. */
    static byte[] crl(String issuerDn, PrivateKey key, Map<BigInteger, Instant> revoked) {
        try {
            Instant now = Instant.now();
            X509v2CRLBuilder b = new X509v2CRLBuilder(new X500Name(issuerDn), Date.from(now.minusSeconds(1)));
            b.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
            revoked.forEach((serial, at) -> b.addCRLEntry(serial, Date.from(at), CRLReason.keyCompromise));
            return b.build(new JcaContentSignerBuilder("SHA256withRSA").build(key))
                    .getEncoded();
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot issue the sandbox CRL of " + issuerDn, e);
        }
    }

    static byte[] der(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GeneralName uri(String url) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, url);
    }
}
