package io.github.egovsdk.signature.internal;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.SignatureAlgorithm;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;

/** Checks an externally produced signature value against the certificate before it is embedded. */
public final class SignatureValues {
    private SignatureValues() {}

    /** The value (ECDSA: DER), or a typed error when it does not verify over {@code data}. */
    public static byte[] checked(X509Certificate certificate, SignatureAlgorithm algorithm, byte[] data, byte[] value) {
        if (value == null || value.length == 0) {
            throw new EgovClientException("Empty signature value / Giá trị chữ ký rỗng");
        }
        if (verifies(certificate, algorithm, data, value)) {
            return value.clone();
        }
        boolean ec = algorithm == SignatureAlgorithm.ECDSA_SHA256 || algorithm == SignatureAlgorithm.ECDSA_SHA384;
        if (ec && value.length % 2 == 0) {
            byte[] der = p1363ToDer(value);
            if (verifies(certificate, algorithm, data, der)) {
                return der;
            }
        }
        throw new EgovClientException("The signature value does not verify with the signer's certificate over the"
                + " prepared data / Giá trị chữ ký không khớp chứng thư số");
    }

    private static boolean verifies(
            X509Certificate certificate, SignatureAlgorithm algorithm, byte[] data, byte[] value) {
        try {
            Signature s;
            if (algorithm == SignatureAlgorithm.RSA_PSS_SHA256) {
                s = Signature.getInstance("RSASSA-PSS");
                s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            } else {
                s = Signature.getInstance(algorithm.jcaName());
            }
            s.initVerify(certificate.getPublicKey());
            s.update(data);
            return s.verify(value);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] p1363ToDer(byte[] rs) {
        int half = rs.length / 2;
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(rs, 0, half))));
        v.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(rs, half, rs.length))));
        try {
            return new DERSequence(v).getEncoded();
        } catch (IOException e) {
            return rs;
        }
    }
}
