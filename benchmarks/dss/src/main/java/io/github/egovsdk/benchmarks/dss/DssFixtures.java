package io.github.egovsdk.benchmarks.dss;

import eu.europa.esig.dss.cades.CAdESSignatureParameters;
import eu.europa.esig.dss.cades.signature.CAdESService;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.signature.AbstractSignatureParameters;
import eu.europa.esig.dss.signature.DocumentSignatureService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.xades.XAdESSignatureParameters;
import eu.europa.esig.dss.xades.signature.XAdESService;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.List;

/**
 * Signed inputs for the verification benchmarks, made once per trial with the benchmark PKI (not measured):
 * an enveloped XAdES B-B over an edXML-like document and a detached CAdES B-B.
 */
public final class DssFixtures {
    public static final byte[] XML = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><Header>"
                    + "<Subject>V/v triển khai liên thông văn bản</Subject><OrganId>000.00.00.H27</OrganId>"
                    + "</Header><Body>"
                    + "Nội dung ".repeat(2000) + "</Body></edXML>")
            .getBytes(StandardCharsets.UTF_8);
    public static final byte[] CONTENT = "Hello, world: văn bản điện tử".getBytes(StandardCharsets.UTF_8);

    private DssFixtures() {}

    public static byte[] xadesEnveloped(BenchmarkKeys keys) {
        XAdESSignatureParameters p = new XAdESSignatureParameters();
        p.setSignatureLevel(SignatureLevel.XAdES_BASELINE_B);
        p.setSignaturePackaging(SignaturePackaging.ENVELOPED);
        return sign(new XAdESService(new CommonCertificateVerifier()), p, new InMemoryDocument(XML, "edxml.xml"), keys);
    }

    public static byte[] cadesDetached(BenchmarkKeys keys) {
        CAdESSignatureParameters p = new CAdESSignatureParameters();
        p.setSignatureLevel(SignatureLevel.CAdES_BASELINE_B);
        p.setSignaturePackaging(SignaturePackaging.DETACHED);
        return sign(
                new CAdESService(new CommonCertificateVerifier()), p, new InMemoryDocument(CONTENT, "hello.txt"), keys);
    }

    private static <P extends AbstractSignatureParameters<?>> byte[] sign(
            DocumentSignatureService<P, ?> service, P parameters, DSSDocument document, BenchmarkKeys keys) {
        try {
            CertificateToken leaf = new CertificateToken(keys.leaf);
            parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
            parameters.setSigningCertificate(leaf);
            parameters.setCertificateChain(List.of(leaf, new CertificateToken(keys.root)));
            ToBeSigned tbs = service.getDataToSign(document, parameters);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.leafKey);
            rsa.update(tbs.getBytes());
            DSSDocument signed = service.signDocument(
                    document, parameters, new SignatureValue(SignatureAlgorithm.RSA_SHA256, rsa.sign()));
            try (InputStream in = signed.openStream()) {
                return in.readAllBytes();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot make the signed fixture", e);
        }
    }
}
