package io.github.egovsdk.signature.internal;

import io.github.egovsdk.signature.revocation.RevocationData;
import io.github.egovsdk.signature.revocation.RevocationStatus;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPResponseStatus;
import org.bouncycastle.asn1.ocsp.ResponseBytes;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Reads an OCSPResponse (online or embedded in a signature) for one certificate: it must be successful, signed by the
 * issuer (or by a responder certificate the issuer signed) and hold a single response for exactly this certificate.
 */
public final class OcspEvidence {
    private OcspEvidence() {}

    /** The status the response gives {@code cert}, or empty when it is not a trustworthy answer about it. */
    public static Optional<RevocationStatus> evaluate(
            byte[] ocspResponse, X509Certificate cert, X509Certificate issuer) {
        try {
            OCSPResp resp = new OCSPResp(ocspResponse);
            if (resp.getStatus() != OCSPResp.SUCCESSFUL || !(resp.getResponseObject() instanceof BasicOCSPResp basic)) {
                return Optional.empty();
            }
            if (!signedByIssuer(basic, issuer)) {
                return Optional.empty();
            }
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
            JcaX509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
            for (SingleResp single : basic.getResponses()) {
                if (single.getCertID().getSerialNumber().equals(cert.getSerialNumber())
                        && single.getCertID().matchesIssuer(issuerHolder, digests)) {
                    return Optional.of(map(
                            single,
                            basic.getProducedAt().toInstant(),
                            new RevocationData(RevocationData.Type.OCSP, ocspResponse)));
                }
            }
            return Optional.empty();
        } catch (IOException
                | RuntimeException
                | OperatorCreationException
                | OCSPException
                | CertificateEncodingException e) {
            return Optional.empty();
        }
    }

    /** The certificates a response carries (delegated responder), for embedding next to it. */
    public static List<X509CertificateHolder> certificates(byte[] ocspResponse) {
        try {
            OCSPResp resp = new OCSPResp(ocspResponse);
            return resp.getResponseObject() instanceof BasicOCSPResp basic ? List.of(basic.getCerts()) : List.of();
        } catch (IOException | OCSPException | RuntimeException e) {
            return List.of();
        }
    }

    /** An OCSPResponse as is; a BasicOCSPResponse alone (as some producers embed it) wrapped as a successful one. */
    public static byte[] asResponse(byte[] der) {
        try {
            OCSPResponse.getInstance(der);
            return der;
        } catch (RuntimeException notAResponse) {
            try {
                var basic = BasicOCSPResponse.getInstance(der);
                return new OCSPResponse(
                                new OCSPResponseStatus(OCSPResponseStatus.SUCCESSFUL),
                                new ResponseBytes(
                                        OCSPObjectIdentifiers.id_pkix_ocsp_basic,
                                        new DEROctetString(basic.getEncoded())))
                        .getEncoded();
            } catch (IOException | RuntimeException e) {
                return der;
            }
        }
    }

    private static RevocationStatus map(SingleResp single, Instant producedAt, RevocationData evidence) {
        Object s = single.getCertStatus();
        if (s == null) {
            return new RevocationStatus(RevocationStatus.State.GOOD, null, producedAt, evidence);
        }
        if (s instanceof RevokedStatus revoked) {
            return new RevocationStatus(
                    RevocationStatus.State.REVOKED, revoked.getRevocationTime().toInstant(), producedAt, evidence);
        }
        return new RevocationStatus(RevocationStatus.State.UNKNOWN, null, producedAt, evidence);
    }

    /** Signed by the issuer's key, or by a responder certificate in the response that the issuer signed. */
    private static boolean signedByIssuer(BasicOCSPResp basic, X509Certificate issuer) {
        try {
            if (basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(issuer.getPublicKey()))) {
                return true;
            }
            for (var holder : basic.getCerts()) {
                if (holder.isSignatureValid(new JcaContentVerifierProviderBuilder().build(issuer.getPublicKey()))
                        && basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(holder))) {
                    return true;
                }
            }
        } catch (Exception e) {
            return false;
        }
        return false;
    }
}
