package io.github.egovsdk.edoc.internal;

import io.github.egovsdk.edoc.EnvelopeSignature;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.Optional;

/** Classifies the header's {@code Signature} element (reference §9): none, placeholder or real XML-DSig. */
final class EnvelopeSignatures {
    static final String XMLDSIG = "http://www.w3.org/2000/09/xmldsig#";
    /** The official example's constant SignatureValue prefix, found in every sample including the axis copy. */
    static final String OFFICIAL_DUMMY = "GbVb8n9+qFxz466Ag0sbpVdLPs2R0+9J";

    private EnvelopeSignatures() {}

    static EnvelopeSignature classify(HeaderNode header) {
        if (header.child("DigitalSignature").isPresent()
                && header.child("Signature").isEmpty()) {
            return EnvelopeSignature.PLACEHOLDER;
        }
        Optional<HeaderNode> sig = header.child("Signature");
        if (sig.isEmpty()) {
            return EnvelopeSignature.NONE;
        }
        HeaderNode s = sig.get();
        String value = s.text("SignatureValue");
        if (!XMLDSIG.equals(s.namespace()) || value == null || value.startsWith(OFFICIAL_DUMMY)) {
            return EnvelopeSignature.PLACEHOLDER;
        }
        String cert = s.child("KeyInfo")
                .flatMap(k -> k.child("X509Data"))
                .map(x -> x.text("X509Certificate"))
                .orElse(null);
        return parseable(cert) ? EnvelopeSignature.XMLDSIG : EnvelopeSignature.PLACEHOLDER;
    }

    private static boolean parseable(String base64) {
        if (base64 == null) {
            return false;
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64);
            CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            return true;
        } catch (IllegalArgumentException | CertificateException e) {
            return false;
        }
    }
}
