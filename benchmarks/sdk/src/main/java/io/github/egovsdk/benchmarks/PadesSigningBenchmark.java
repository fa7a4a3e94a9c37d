package io.github.egovsdk.benchmarks;

import io.github.egovsdk.benchmarks.fixtures.BenchmarkFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * PAdES B-B signing of the 1 MB fixture PDF with an RSA-2048 key in memory: the SDK (which appends the signature
 * revision without loading the document) vs the hand-written baseline (PDFBox + BouncyCastle, the libraries the SDK
 * uses, loading the document). EU DSS signs the same file on its own class path ({@code DssSigningBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PadesSigningBenchmark {
    private HandWrittenPadesSigner handWritten;
    private SdkOperations sdk;
    private Path pdfFile;
    private Path signedFile;
    private Path handOut;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        BenchmarkFixtures fixtures = BenchmarkFixtures.load();
        handWritten = new HandWrittenPadesSigner(fixtures.signerKey(), fixtures.signer());
        sdk = new SdkOperations(fixtures);
        pdfFile = sdk.file("letter.pdf", fixtures.bytes(BenchmarkFixtures.SAMPLE_PDF));
        signedFile = sdk.path("letter-signed.pdf");
        handOut = sdk.path("letter-hand.pdf");
        VerificationBenchmark.require(sdk.validate(sdk.signPades(pdfFile, signedFile), null), "SDK-signed PDF");
        handWrittenPdfboxBouncyCastle();
        VerificationBenchmark.require(sdk.validate(handOut, null), "hand-written PDF");
    }

    /** The floor, file to file like the SDK: load from disk, sign, write the result to disk. */
    @Benchmark
    public long handWrittenPdfboxBouncyCastle() throws Exception {
        byte[] signed = handWritten.sign(Files.readAllBytes(pdfFile));
        Files.write(handOut, signed);
        return signed.length;
    }

    @Benchmark
    public Path sdk() {
        return sdk.signPades(pdfFile, signedFile);
    }
}
