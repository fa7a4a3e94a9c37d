package io.github.egovsdk.benchmarks.dss;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

/** EU DSS doing the same jobs: PAdES B-B signing, and the offline verifier and policy its validation uses. */
public final class DssPades {
    private final PrivateKey key;
    private final CertificateToken signingCertificate;
    private final PAdESService service;

    public DssPades(PrivateKey key, X509Certificate signer) {
        this.key = key;
        this.signingCertificate = new CertificateToken(signer);
        this.service = new PAdESService(new CommonCertificateVerifier());
    }

    static CommonCertificateVerifier trustingVerifier(X509Certificate root) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(root));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        // Offline: no AIA, OCSP or CRL fetching, like the SDK's verification being measured.
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        verifier.setCrlSource(null);
        return verifier;
    }

    private static final byte[] OFFLINE_POLICY = loadOfflinePolicy();

    /**
     * DSS's default policy with the two revocation-availability constraints set to IGNORE: the benchmark compares
     * offline checks (crypto, chain to the trusted root, integrity), the same the SDK's validator does offline.
     */
    private static byte[] loadOfflinePolicy() {
        try (InputStream in = DssPades.class.getResourceAsStream("/policy/constraint.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(
                            "<RevocationDataAvailable Level=\"FAIL\" />",
                            "<RevocationDataAvailable Level=\"IGNORE\" />")
                    .replace(
                            "<AcceptableRevocationDataFound Level=\"FAIL\" />",
                            "<AcceptableRevocationDataFound Level=\"IGNORE\" />");
            return xml.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read DSS's default policy", e);
        }
    }

    static InputStream offlinePolicy() {
        return new ByteArrayInputStream(OFFLINE_POLICY);
    }

    public byte[] sign(byte[] pdf) throws Exception {
        DSSDocument document = new InMemoryDocument(pdf, "letter.pdf");
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(signingCertificate);
        parameters.setCertificateChain(List.of(signingCertificate));
        ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(toBeSigned.getBytes());
        SignatureValue value = new SignatureValue(SignatureAlgorithm.RSA_SHA256, rsa.sign());
        DSSDocument signed = service.signDocument(document, parameters, value);
        try (InputStream in = signed.openStream()) {
            return in.readAllBytes();
        }
    }
}
