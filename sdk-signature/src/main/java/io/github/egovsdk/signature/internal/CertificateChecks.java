package io.github.egovsdk.signature.internal;

import io.github.egovsdk.signature.verify.SubIndication;
import io.github.egovsdk.signature.verify.ValidationPolicy;
import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Key-size policy, validity period and chain building to the configured trust anchors (offline, PKIX). */
public final class CertificateChecks {
    private CertificateChecks() {
    }

    public static void keyPolicy(X509Certificate cert, ValidationPolicy policy, Verdict v) {
        if (cert.getPublicKey() instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < policy.minRsaKeyBits()) {
            v.weak("WEAK_KEY", "RSA key of " + rsa.getModulus().bitLength() + " bits is below the " + policy.minRsaKeyBits()
                    + "-bit minimum", "Khóa RSA " + rsa.getModulus().bitLength() + " bit nhỏ hơn mức tối thiểu "
                    + policy.minRsaKeyBits() + " bit");
        }
    }

    public static void digestPolicy(String digestName, ValidationPolicy policy, Verdict v) {
        String d = digestName.toUpperCase(Locale.ROOT).replace("-", "");
        if (policy.weakDigests().stream().map(x -> x.replace("-", "")).anyMatch(d::equals)) {
            v.weak("WEAK_DIGEST", "Digest algorithm " + digestName + " is not allowed (collision attacks)",
                    "Thuật toán băm " + digestName + " không được chấp nhận (không còn an toàn)");
        }
    }

    /** Builds a path from the signer to a trust anchor at {@code at}; records the outcome on the verdict. */
    public static void chain(X509Certificate signer, Collection<X509Certificate> pool, ValidationContext ctx,
            Instant at, Verdict v) {
        Set<TrustAnchor> anchors = ctx.anchors();
        // ETSI order: without a path to a trusted root nothing else about the certificate can be concluded.
        if (anchors.isEmpty()) {
            v.indeterminate(SubIndication.NO_CERTIFICATE_CHAIN_FOUND, "NO_TRUST_ANCHOR",
                    "No trusted root is configured: the chain cannot be checked",
                    "Chưa cấu hình CA gốc tin cậy: không kiểm tra được chuỗi chứng thư");
            expiryNote(signer, at, v);
            return;
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
            params.setRevocationEnabled(false);
            params.setDate(Date.from(at.isAfter(signer.getNotAfter().toInstant()) ? signer.getNotAfter().toInstant()
                    : at));
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            CertPathBuilder.getInstance("PKIX").build(params);
        } catch (CertPathBuilderException e) {
            v.indeterminate(SubIndication.NO_CERTIFICATE_CHAIN_FOUND, "NO_CHAIN", "No chain from the signer to a"
                    + " trusted root: " + e.getMessage(), "Không xây dựng được chuỗi chứng thư tới CA gốc tin cậy");
            expiryNote(signer, at, v);
            return;
        } catch (InvalidAlgorithmParameterException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("PKIX path building is not available", e);
        }
        if (at.isAfter(signer.getNotAfter().toInstant())) {
            v.indeterminate(SubIndication.OUT_OF_BOUNDS_NO_POE, "CERT_EXPIRED", "The signing certificate expired on "
                    + signer.getNotAfter().toInstant() + " and no time-stamp proves the signature existed before",
                    "Chứng thư số của người ký hết hạn ngày " + signer.getNotAfter().toInstant()
                            + " và không có dấu thời gian chứng minh chữ ký được tạo trước đó");
        }
        if (at.isBefore(signer.getNotBefore().toInstant())) {
            v.fail(SubIndication.NOT_YET_VALID, "CERT_NOT_YET_VALID", "The signing certificate was not yet valid",
                    "Chứng thư số của người ký chưa có hiệu lực");
        }
        if (ctx.revocation() != null) {
            revocation(signer, pool, anchors, ctx.revocation(), v);
        }
    }

    private static void revocation(X509Certificate signer, Collection<X509Certificate> pool, Set<TrustAnchor> anchors,
            io.github.egovsdk.signature.revocation.RevocationSource source, Verdict v) {
        X509Certificate issuer = pool.stream().filter(c -> isIssuer(c, signer)).findFirst().orElseGet(() ->
                anchors.stream().map(TrustAnchor::getTrustedCert).filter(c -> c != null && isIssuer(c, signer))
                        .findFirst().orElse(null));
        var status = issuer == null ? java.util.Optional.<io.github.egovsdk.signature.revocation.RevocationStatus>empty()
                : source.status(signer, issuer);
        if (status.isEmpty() || status.get().state() == io.github.egovsdk.signature.revocation.RevocationStatus.State.UNKNOWN) {
            v.indeterminate(SubIndication.TRY_LATER, "NO_REVOCATION_DATA", "No revocation status could be obtained for"
                    + " the signing certificate", "Không lấy được trạng thái thu hồi của chứng thư số người ký");
        } else if (status.get().state() == io.github.egovsdk.signature.revocation.RevocationStatus.State.REVOKED) {
            v.fail(SubIndication.REVOKED, "CERT_REVOKED", "The signing certificate was revoked on "
                    + status.get().revocationTime(), "Chứng thư số của người ký đã bị thu hồi ngày "
                    + status.get().revocationTime());
        } else {
            v.info("CERT_GOOD", "The signing certificate is not revoked (OCSP " + status.get().producedAt() + ")",
                    "Chứng thư số của người ký chưa bị thu hồi");
        }
    }

    private static boolean isIssuer(X509Certificate candidate, X509Certificate cert) {
        if (!candidate.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
            return false;
        }
        try {
            cert.verify(candidate.getPublicKey());
            return true;
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    private static void expiryNote(X509Certificate signer, Instant at, Verdict v) {
        if (at.isAfter(signer.getNotAfter().toInstant())) {
            v.warn("CERT_EXPIRED", "The signing certificate expired on " + signer.getNotAfter().toInstant(),
                    "Chứng thư số của người ký đã hết hạn ngày " + signer.getNotAfter().toInstant());
        }
    }

    public static Set<TrustAnchor> anchors(List<X509Certificate> roots) {
        return roots.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toUnmodifiableSet());
    }
}
