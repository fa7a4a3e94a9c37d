package io.github.egovsdk.benchmarks;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Verification of the same signed files with the same checks (crypto, chain to the trusted test root, PDF
 * modification detection), offline: EU DSS {@code SignedDocumentValidator} vs the SDK.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class VerificationBenchmark {
    byte[] signedPdf;
    byte[] xades;
    byte[] cades;
    BenchmarkKeys keys;
    private CommonCertificateVerifier dssVerifier;
    private SdkOperations sdk;
    private java.nio.file.Path pdfFile;
    private java.nio.file.Path xadesFile;
    private java.nio.file.Path cadesFile;
    private java.nio.file.Path contentFile;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        keys = BenchmarkKeys.create();
        signedPdf = new HandWrittenPadesSigner(keys.leafKey, keys.leaf).sign(SamplePdf.create(1024 * 1024));
        xades = DssFixtures.xadesEnveloped(keys);
        cades = DssFixtures.cadesDetached(keys);
        dssVerifier = DssPades.trustingVerifier(keys.root);
        sdk = new SdkOperations(keys);
        pdfFile = sdk.file("signed.pdf", signedPdf);
        xadesFile = sdk.file("signed.xml", xades);
        cadesFile = sdk.file("signature.p7s", cades);
        contentFile = sdk.file("hello.txt", DssFixtures.CONTENT);
        require(sdkPades() == 1, "SDK PAdES");
        require(sdkXadesEnveloped() == 1, "SDK XAdES");
        require(sdkCadesDetached() == 1, "SDK CAdES");
        // Each validation must pass, or the benchmark measures a failure path.
        require(dssPades() == 1, "DSS PAdES");
        require(dssXadesEnveloped() == 1, "DSS XAdES");
        require(dssCadesDetached() == 1, "DSS CAdES");
    }

    static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what + " did not validate as TOTAL_PASSED on the benchmark fixture");
        }
    }

    private int dss(byte[] file, String name, byte[] detached) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(file, name));
        validator.setCertificateVerifier(dssVerifier);
        if (detached != null) {
            validator.setDetachedContents(List.of(new InMemoryDocument(detached, "hello.txt")));
        }
        var simple = validator.validateDocument(DssPades.offlinePolicy()).getSimpleReport();
        if (Boolean.getBoolean("egov.bench.debug")) {
            simple.getSignatureIdList().forEach(id -> System.err.println(name + ": " + simple.getIndication(id) + " "
                    + simple.getSubIndication(id) + " " + simple.getAdESValidationErrors(id).stream().map(m -> m.getValue()).toList()));
        }
        return (int) simple.getSignatureIdList().stream()
                .filter(id -> simple.getIndication(id) == eu.europa.esig.dss.enumerations.Indication.TOTAL_PASSED)
                .count();
    }

    @Benchmark
    public int dssPades() {
        return dss(signedPdf, "signed.pdf", null);
    }

    @Benchmark
    public int dssXadesEnveloped() {
        return dss(xades, "signed.xml", null);
    }

    @Benchmark
    public int dssCadesDetached() {
        return dss(cades, "signature.p7s", DssFixtures.CONTENT);
    }

    @Benchmark
    public int sdkPades() {
        return sdk.validate(pdfFile, null);
    }

    @Benchmark
    public int sdkXadesEnveloped() {
        return sdk.validate(xadesFile, null);
    }

    @Benchmark
    public int sdkCadesDetached() {
        return sdk.validate(cadesFile, contentFile);
    }
}
