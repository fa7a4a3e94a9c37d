package io.github.egovsdk.signature.internal;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.signature.SignatureAlgorithm;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.tsa.TsaClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Builds CAdES-BASELINE-B CMS (content-type, signing-time, message-digest and signing-certificate-v2 signed
 * attributes, the certificate chain) with the private-key operation delegated to a {@link SigningKey}; with a TSA,
 * adds the signature time-stamp for B-T. Without a signing time (PAdES), the CMS carries no signing-time attribute:
 * ETSI EN 319 142-1 §6.3 forbids it in PAdES baseline signatures, whose claimed time is the signature dictionary's
 * {@code /M}.
 */
public final class CmsBuilder {
    private CmsBuilder() {}

    /** {@code signingTime} null: no signing-time signed attribute (PAdES baseline). */
    public static CMSSignedData sign(
            CMSTypedData content,
            boolean encapsulate,
            SigningKey key,
            SignatureAlgorithm algorithm,
            TsaClient tsa,
            Date signingTime) {
        try {
            JcaX509CertificateHolder holder = new JcaX509CertificateHolder(key.certificate());
            ESSCertIDv2 certId = new ESSCertIDv2(
                    new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    MessageDigest.getInstance("SHA-256")
                            .digest(key.certificate().getEncoded()),
                    new IssuerSerial(
                            new GeneralNames(new GeneralName(X500Name.getInstance(
                                    key.certificate().getIssuerX500Principal().getEncoded()))),
                            key.certificate().getSerialNumber()));
            ASN1EncodableVector attrs = new ASN1EncodableVector();
            attrs.add(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(certId))));
            if (signingTime != null) {
                attrs.add(
                        new Attribute(PKCSObjectIdentifiers.pkcs_9_at_signingTime, new DERSet(new Time(signingTime))));
            }
            CMSAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs));
            // BouncyCastle adds a signing-time of its own when none is given: PAdES must not have one.
            CMSAttributeTableGenerator signedAttributes = signingTime != null
                    ? standard
                    : parameters -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes)
                    .build(new DelegatingSigner(key, algorithm), holder));
            gen.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = gen.generate(content, encapsulate);
            return tsa == null ? signed : addTimestamp(signed, tsa);
        } catch (CMSException
                | OperatorCreationException
                | CertificateEncodingException
                | NoSuchAlgorithmException
                | IOException e) {
            throw new EgovClientException("Cannot build the CMS signature: " + e.getMessage(), e);
        }
    }

    private static CMSSignedData addTimestamp(CMSSignedData signed, TsaClient tsa)
            throws IOException, NoSuchAlgorithmException {
        SignerInformation si = signed.getSignerInfos().getSigners().iterator().next();
        byte[] token = tsa.timestamp(MessageDigest.getInstance("SHA-256").digest(si.getSignature()), "SHA-256");
        ASN1EncodableVector unsigned = new ASN1EncodableVector();
        unsigned.add(new Attribute(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(ASN1Primitive.fromByteArray(token))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(si, new AttributeTable(unsigned));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(List.of(stamped)));
    }

    /** A BouncyCastle ContentSigner whose private-key operation is the SigningKey's. */
    private static final class DelegatingSigner implements ContentSigner {
        private final SigningKey key;
        private final SignatureAlgorithm algorithm;
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();
        private final AlgorithmIdentifier id;

        DelegatingSigner(SigningKey key, SignatureAlgorithm algorithm) {
            this.key = key;
            this.algorithm = algorithm;
            this.id = new DefaultSignatureAlgorithmIdentifierFinder().find(algorithm.jcaName());
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return id;
        }

        @Override
        public OutputStream getOutputStream() {
            return data;
        }

        @Override
        public byte[] getSignature() {
            return key.sign(data.toByteArray(), algorithm);
        }
    }
}
