package io.github.egovsdk.health;

import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.keys.SigningKeys;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A facility signing key generated for the test, and an independent (JDK) check of XML signatures. */
final class TestKeys {
    private static SigningKey key;
    private static X509Certificate certificate;

    private TestKeys() {}

    static synchronized SigningKey facilityKey() throws Exception {
        if (key == null) {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair kp = g.generateKeyPair();
            X500Name dn = new X500Name("CN=Bệnh viện mẫu (test), O=01000, C=VN");
            Instant now = Instant.now();
            certificate = new JcaX509CertificateConverter()
                    .getCertificate(new JcaX509v3CertificateBuilder(
                                    dn,
                                    BigInteger.valueOf(now.toEpochMilli()),
                                    Date.from(now.minus(1, ChronoUnit.DAYS)),
                                    Date.from(now.plus(365, ChronoUnit.DAYS)),
                                    dn,
                                    kp.getPublic())
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
            key = SigningKeys.of(kp.getPrivate(), List.of(certificate));
        }
        return key;
    }

    /** Whether the one ds:Signature in {@code doc} verifies with the facility certificate (JDK's XML-DSig). */
    static boolean signatureValid(Document doc) throws Exception {
        NodeList sigs = doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (sigs.getLength() != 1) {
            return false;
        }
        DOMValidateContext ctx = new DOMValidateContext(certificate.getPublicKey(), (Element) sigs.item(0));
        return XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(ctx).validate(ctx);
    }
}
