package io.github.egovsdk.benchmarks.dss;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import io.github.egovsdk.benchmarks.fixtures.BenchmarkFixtures;
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
 * DSS's {@code SignedDocumentValidator} on the fixture files, offline, with the checks the SDK's verifier does
 * (crypto, chain to the trusted test root, PDF modification detection); the SDK side verifies the same files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DssVerificationBenchmark {
    private byte[] signedPdf;
    private byte[] xades;
    private byte[] cades;
    private byte[] content;
    private CommonCertificateVerifier verifier;

    @Setup(Level.Trial)
    public void setUp() {
        BenchmarkFixtures fixtures = BenchmarkFixtures.load();
        signedPdf = fixtures.bytes(BenchmarkFixtures.SIGNED_PDF);
        xades = fixtures.bytes(BenchmarkFixtures.SIGNED_XML);
        cades = fixtures.bytes(BenchmarkFixtures.CADES);
        content = fixtures.bytes(BenchmarkFixtures.CADES_CONTENT);
        verifier = DssPades.trustingVerifier(fixtures.root());
        // Each validation must pass, or the benchmark measures a failure path.
        require(dssPades(), "DSS PAdES");
        require(dssXadesEnveloped(), "DSS XAdES");
        require(dssCadesDetached(), "DSS CAdES");
    }

    static void require(int passed, String what) {
        if (passed != 1) {
            throw new IllegalStateException(what + " did not validate as TOTAL_PASSED on the benchmark fixture");
        }
    }

    private int validate(byte[] file, String name, byte[] detached) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(file, name));
        validator.setCertificateVerifier(verifier);
        if (detached != null) {
            validator.setDetachedContents(List.of(new InMemoryDocument(detached, BenchmarkFixtures.CADES_CONTENT)));
        }
        SimpleReport simple =
                validator.validateDocument(DssPades.offlinePolicy()).getSimpleReport();
        return (int) simple.getSignatureIdList().stream()
                .filter(id -> simple.getIndication(id) == Indication.TOTAL_PASSED)
                .count();
    }

    @Benchmark
    public int dssPades() {
        return validate(signedPdf, BenchmarkFixtures.SIGNED_PDF, null);
    }

    @Benchmark
    public int dssXadesEnveloped() {
        return validate(xades, BenchmarkFixtures.SIGNED_XML, null);
    }

    @Benchmark
    public int dssCadesDetached() {
        return validate(cades, BenchmarkFixtures.CADES, content);
    }
}
