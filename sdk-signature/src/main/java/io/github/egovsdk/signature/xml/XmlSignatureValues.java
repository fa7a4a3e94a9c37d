package io.github.egovsdk.signature.xml;

import io.github.egovsdk.signature.SignatureAlgorithm;
import io.github.egovsdk.signature.keys.SigningKey;
import java.io.IOException;
import java.util.Base64;
import org.apache.xml.security.algorithms.implementations.ECDSAUtils;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.utils.Constants;
import org.w3c.dom.Element;

/**
 * The private-key step shared by the XML signers: the algorithm URI, and signing the canonical SignedInfo through a
 * {@link SigningKey} (so tokens and remote keys work) — Santuario never sees a private key.
 */
final class XmlSignatureValues {
    private XmlSignatureValues() {}

    static String algorithmUri(SignatureAlgorithm algorithm) {
        return switch (algorithm) {
            case RSA_SHA256 -> XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256;
            case RSA_PSS_SHA256 -> XMLSignature.ALGO_ID_SIGNATURE_RSA_PSS;
            case ECDSA_SHA256 -> XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA256;
            case ECDSA_SHA384 -> XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA384;
        };
    }

    /** Computes the reference digests, signs SignedInfo with {@code key} and fills in SignatureValue. */
    static void sign(XMLSignature sig, SigningKey key, SignatureAlgorithm algorithm)
            throws XMLSecurityException, IOException {
        apply(sig, key.sign(dataToSign(sig), algorithm), algorithm);
    }

    /** Computes the reference digests and returns the canonical SignedInfo: the bytes the key signs. */
    static byte[] dataToSign(XMLSignature sig) throws XMLSecurityException, IOException {
        sig.getSignedInfo().generateDigestValues();
        return sig.getSignedInfo().getCanonicalizedOctetStream();
    }

    /** Fills in SignatureValue with a value over {@link #dataToSign} (ECDSA given DER, as JCA returns it). */
    static void apply(XMLSignature sig, byte[] value, SignatureAlgorithm algorithm) throws IOException {
        if (algorithm == SignatureAlgorithm.ECDSA_SHA256 || algorithm == SignatureAlgorithm.ECDSA_SHA384) {
            // XML-DSig carries r||s, not the DER SEQUENCE a JCA/PKCS#11 signer returns.
            value = ECDSAUtils.convertASN1toXMLDSIG(value, algorithm == SignatureAlgorithm.ECDSA_SHA256 ? 32 : 48);
        }
        Element sv = (Element) sig.getElement()
                .getElementsByTagNameNS(Constants.SignatureSpecNS, "SignatureValue")
                .item(0);
        sv.setTextContent(Base64.getEncoder().encodeToString(value));
    }
}
