package io.github.egovsdk.signature.internal;

import io.github.egovsdk.signature.revocation.RevocationSource;
import io.github.egovsdk.signature.revocation.RevocationStatus;
import io.github.egovsdk.signature.revocation.RevocationStatus.State;
import io.github.egovsdk.signature.verify.SubIndication;
import io.github.egovsdk.signature.verify.ValidationPolicy;
import java.security.GeneralSecurityException;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Key-size policy, validity period and chain building to the configured trust anchors (offline, PKIX). */
public final class CertificateChecks {
    private CertificateChecks() {}

    public static void keyPolicy(X509Certificate cert, ValidationPolicy policy, Verdict v) {
        if (cert.getPublicKey() instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < policy.minRsaKeyBits()) {
            v.weak(
                    "WEAK_KEY",
                    "RSA key of " + rsa.getModulus().bitLength() + " bits is below the " + policy.minRsaKeyBits()
                            + "-bit minimum",
                    "Khóa RSA " + rsa.getModulus().bitLength() + " bit nhỏ hơn mức tối thiểu " + policy.minRsaKeyBits()
                            + " bit");
        }
    }

    public static void digestPolicy(String digestName, ValidationPolicy policy, Verdict v) {
        String d = digestName.toUpperCase(Locale.ROOT).replace("-", "");
        if (policy.weakDigests().stream().map(x -> x.replace("-", "")).anyMatch(d::equals)) {
            v.weak(
                    "WEAK_DIGEST",
                    "Digest algorithm " + digestName + " is not allowed (collision attacks)",
                    "Thuật toán băm " + digestName + " không được chấp nhận (không còn an toàn)");
        }
    }

    /** Builds a path from the signer to a trust anchor at {@code at}; records the outcome on the verdict. */
    public static void chain(
            X509Certificate signer, Collection<X509Certificate> pool, ValidationContext ctx, Instant at, Verdict v) {
        Set<TrustAnchor> anchors = ctx.anchors();
        // ETSI order: without a path to a trusted root nothing else about the certificate can be concluded.
        if (anchors.isEmpty()) {
            v.indeterminate(
                    SubIndication.NO_CERTIFICATE_CHAIN_FOUND,
                    "NO_TRUST_ANCHOR",
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
            params.setDate(Date.from(
                    at.isAfter(signer.getNotAfter().toInstant())
                            ? signer.getNotAfter().toInstant()
                            : at));
            params.addCertStore(CertStore.getInstance(
                    "Collection",
                    new CollectionCertStoreParameters(Stream.concat(pool.stream(), ctx.embeddedCertificates().stream())
                            .toList())));
            CertPathBuilder.getInstance("PKIX").build(params);
        } catch (CertPathBuilderException e) {
            v.indeterminate(
                    SubIndication.NO_CERTIFICATE_CHAIN_FOUND,
                    "NO_CHAIN",
                    "No chain from the signer to a" + " trusted root: " + e.getMessage(),
                    "Không xây dựng được chuỗi chứng thư tới CA gốc tin cậy");
            expiryNote(signer, at, v);
            return;
        } catch (InvalidAlgorithmParameterException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("PKIX path building is not available", e);
        }
        RevocationCheck revocation = revocation(signer, pool, ctx);
        boolean notRevoked = revocation.status() != null && revocation.status().state() == State.GOOD;
        if (at.isAfter(signer.getNotAfter().toInstant())) {
            // EN 319 102-1 5.2.6: past its validity and no proof of existence before; "not revoked" if a status says so
            v.indeterminate(
                    notRevoked ? SubIndication.OUT_OF_BOUNDS_NOT_REVOKED : SubIndication.OUT_OF_BOUNDS_NO_POE,
                    "CERT_EXPIRED",
                    "The signing certificate expired on " + signer.getNotAfter().toInstant()
                            + " and no time-stamp proves the signature existed before",
                    "Chứng thư số của người ký hết hạn ngày "
                            + signer.getNotAfter().toInstant()
                            + " và không có dấu thời gian chứng minh chữ ký được tạo trước đó");
        }
        if (at.isBefore(signer.getNotBefore().toInstant())) {
            v.fail(
                    SubIndication.NOT_YET_VALID,
                    "CERT_NOT_YET_VALID",
                    "The signing certificate was not yet valid",
                    "Chứng thư số của người ký chưa có hiệu lực");
        }
        record(revocation, at, v);
    }

    /** What the revocation sources said: {@code asked} false when no source was usable (revocation not checked). */
    private record RevocationCheck(boolean asked, boolean online, RevocationStatus status) {}

    /** Embedded validation data first (long-term signatures), then the online source unless offline. */
    private static RevocationCheck revocation(
            X509Certificate signer, Collection<X509Certificate> pool, ValidationContext ctx) {
        RevocationSource online = ctx.online();
        if (ctx.embedded() == null && online == null) {
            return new RevocationCheck(false, false, null);
        }
        X509Certificate issuer = issuerOf(signer, pool, ctx);
        if (issuer == null) {
            return new RevocationCheck(true, online != null, null);
        }
        Optional<RevocationStatus> status = Optional.empty();
        if (ctx.embedded() != null) {
            status = ctx.embedded().status(signer, issuer);
        }
        if ((status.isEmpty() || status.get().state() == State.UNKNOWN) && online != null) {
            Optional<RevocationStatus> fresh = online.status(signer, issuer);
            status = fresh.isPresent() ? fresh : status;
        }
        return new RevocationCheck(true, online != null, status.orElse(null));
    }

    private static void record(RevocationCheck check, Instant at, Verdict v) {
        if (!check.asked()) {
            return;
        }
        RevocationStatus s = check.status();
        if (s == null || s.state() == State.UNKNOWN) {
            if (check.online()) {
                v.indeterminate(
                        SubIndication.TRY_LATER,
                        "NO_REVOCATION_DATA",
                        "No revocation status could be" + " obtained for the signing certificate",
                        "Không lấy được trạng thái thu hồi của chứng thư số" + " người ký");
            } else {
                v.warn(
                        "REVOCATION_NOT_CHECKED",
                        "The embedded validation data holds no revocation status for the"
                                + " signing certificate and validation is offline",
                        "Dữ liệu xác thực đi kèm không có trạng"
                                + " thái thu hồi của chứng thư số người ký (kiểm tra ngoại tuyến)");
            }
        } else if (s.state() == State.REVOKED
                && (s.revocationTime() == null || !s.revocationTime().isAfter(at))) {
            v.fail(
                    SubIndication.REVOKED,
                    "CERT_REVOKED",
                    "The signing certificate was revoked on " + s.revocationTime() + " (" + s.sourceLabel() + ")",
                    "Chứng thư số của người ký đã bị thu hồi ngày " + s.revocationTime());
        } else if (s.state() == State.REVOKED) {
            v.warn(
                    "CERT_REVOKED_LATER",
                    "The signing certificate was revoked on " + s.revocationTime() + ", after the"
                            + " time-stamp that proves the signature existed on " + at,
                    "Chứng thư số bị thu hồi ngày " + s.revocationTime()
                            + ", sau thời điểm dấu thời gian chứng minh chữ ký đã tồn tại");
        } else {
            v.info(
                    "CERT_GOOD",
                    "The signing certificate is not revoked (" + s.sourceLabel() + " " + s.producedAt() + ")",
                    "Chứng thư số của người ký chưa bị thu hồi");
        }
    }

    /** The certificate that issued {@code cert}: from the signature, the embedded data or the trust anchors. */
    public static X509Certificate issuerOf(
            X509Certificate cert, Collection<X509Certificate> pool, ValidationContext ctx) {
        return Stream.concat(pool.stream(), ctx.embeddedCertificates().stream())
                .filter(c -> isIssuer(c, cert))
                .findFirst()
                .orElseGet(() -> ctx.anchors().stream()
                        .map(TrustAnchor::getTrustedCert)
                        .filter(c -> c != null && isIssuer(c, cert))
                        .findFirst()
                        .orElse(null));
    }

    public static boolean isIssuer(X509Certificate candidate, X509Certificate cert) {
        if (!candidate.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
            return false;
        }
        try {
            cert.verify(candidate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void expiryNote(X509Certificate signer, Instant at, Verdict v) {
        if (at.isAfter(signer.getNotAfter().toInstant())) {
            v.warn(
                    "CERT_EXPIRED",
                    "The signing certificate expired on " + signer.getNotAfter().toInstant(),
                    "Chứng thư số của người ký đã hết hạn ngày "
                            + signer.getNotAfter().toInstant());
        }
    }

    public static Set<TrustAnchor> anchors(List<X509Certificate> roots) {
        return roots.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toUnmodifiableSet());
    }
}
