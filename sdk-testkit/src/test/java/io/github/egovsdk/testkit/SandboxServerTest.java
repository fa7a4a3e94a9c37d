package io.github.egovsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.vxp.MessageType;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.tsa.TsaClient;
import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.jcajce.JcaCertificateID;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EgovSandboxTest
class SandboxServerTest {

    @Test
    void health_whenRunning_answers200(EgovSandbox sandbox) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(sandbox.healthEndpoint()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void sign_whenTimestampedBySandboxTsa_verifiesTotalPassedWithSandboxRoot(EgovSandbox sandbox, @TempDir Path dir)
            throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        Path signed = dir.resolve("signed.pdf");
        try (TsaClient tsa = TsaClient.builder().endpoint(sandbox.tsaEndpoint()).build()) {
            PadesSigner.builder()
                    .key(sandbox.pki().officerKey())
                    .tsa(tsa)
                    .build()
                    .sign(pdf, signed, PadesOptions.invisible());
        }
        SignatureReport s = SignatureValidator.builder()
                .trustAnchor(sandbox.pki().root())
                .build()
                .validate(signed)
                .signatures()
                .get(0);
        assertThat(s.indication()).as(s.messages().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(s.format()).isEqualTo("PAdES-BASELINE-T");
        assertThat(s.timestamp().valid()).isTrue();
    }

    @Test
    void reset_whenMessagesWaiting_emptiesEveryBox(EgovSandbox sandbox, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.edxml");
        EdxmlWriter.standard()
                .write(
                        EdocDocument.builder()
                                .from(Organization.of(
                                        sandbox.agencyA().organId(),
                                        sandbox.agencyA().name()))
                                .to(Organization.of(
                                        sandbox.agencyC().organId(),
                                        sandbox.agencyC().name()))
                                .code("1", "UBND-VP")
                                .promulgation("Thử Nghiệm", LocalDate.now())
                                .subject("Reset")
                                .build(),
                        file);
        try (VxpClient a = sandbox.axisClient(sandbox.agencyA());
                VxpClient c = sandbox.axisClient(sandbox.agencyC())) {
            a.sendDocument(file, sandbox.agencyA().organId());
            assertThat(c.countReceived(MessageType.EDOC)).isEqualTo(1);
            sandbox.reset();
            assertThat(c.countReceived(MessageType.EDOC)).isZero();
            a.sendDocument(file, sandbox.agencyA().organId());
            assertThat(c.countReceived(MessageType.EDOC)).isEqualTo(1);
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/__reset"))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(c.countReceived(MessageType.EDOC))
                    .as("reset over HTTP, for other languages")
                    .isZero();
        }
    }

    private static Object ocspStatus(EgovSandbox sandbox, X509Certificate cert) throws Exception {
        var digests = new JcaDigestCalculatorProviderBuilder().build();
        var id = new JcaCertificateID(
                digests.get(CertificateID.HASH_SHA1), sandbox.pki().issuingCa(), cert.getSerialNumber());
        byte[] req = new OCSPReqBuilder().addRequest(id).build().getEncoded();
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(sandbox.ocspEndpoint())
                                .header("Content-Type", "application/ocsp-request")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(req))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        var basic = (BasicOCSPResp) new OCSPResp(r.body()).getResponseObject();
        assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder()
                        .build(sandbox.pki().issuingCa())))
                .isTrue();
        Object status = basic.getResponses()[0].getCertStatus();
        return status == null ? "GOOD" : status.getClass().getSimpleName();
    }

    @Test
    void ocsp_whenCertificateRevoked_answersRevokedSignedByTheCa(EgovSandbox sandbox) throws Exception {
        var cert = sandbox.signingKey("CN=Revoked Officer (sandbox),C=VN").certificate();
        assertThat(ocspStatus(sandbox, cert)).isEqualTo("GOOD");
        sandbox.pki().revoke(cert);
        assertThat(ocspStatus(sandbox, cert)).isEqualTo("RevokedStatus");
        assertThat(ocspStatus(sandbox, sandbox.pki().root())).isEqualTo("UnknownStatus");
        assertThat(new String(cert.getExtensionValue("1.3.6.1.5.5.7.1.1"), StandardCharsets.ISO_8859_1))
                .contains(sandbox.ocspEndpoint().toString());
    }

    @Test
    void axisClientOf_whenInjected_isSignedAsThatAgencysNode(
            @AxisClientOf("A") VxpClient a, @AxisClientOf("C") VxpClient c, EgovSandbox sandbox, @TempDir Path dir) {
        Path file = dir.resolve("m.edxml");
        EdxmlWriter.standard()
                .write(
                        EdocDocument.builder()
                                .from(Organization.of(
                                        sandbox.agencyA().organId(),
                                        sandbox.agencyA().name()))
                                .to(Organization.of(
                                        sandbox.agencyC().organId(),
                                        sandbox.agencyC().name()))
                                .code("2", "UBND-VP")
                                .promulgation("Bắc Ninh", LocalDate.now())
                                .subject("Injected")
                                .build(),
                        file);
        a.sendDocument(file, sandbox.agencyA().organId());
        assertThat(c.listReceived(MessageType.EDOC)).singleElement().satisfies(p -> assertThat(p.from())
                .isEqualTo(sandbox.agencyA().organId()));
    }

    @Test
    void agencies_haveQcvn102ShapedCodesAndDistinctNodes(EgovSandbox sandbox) {
        assertThat(sandbox.agencies())
                .extracting(SandboxAgency::organId)
                .allMatch(c -> c.matches("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}"));
        assertThat(sandbox.agencies()).extracting(SandboxAgency::systemId).doesNotHaveDuplicates();
        assertThat(sandbox.agencyA().toString())
                .doesNotContain(sandbox.agencyA().secret());
        assertThat(URI.create(sandbox.baseUrl()).getPort()).isEqualTo(sandbox.port());
    }
}
