package io.github.egovsdk.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** PAdES B-B signing of a 1 MB PDF with an RSA-2048 key in memory: SDK vs hand-written floor vs EU DSS. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PadesSigningBenchmark {
    private byte[] pdf;
    private HandWrittenPadesSigner handWritten;
    private DssPades dss;
    private SdkOperations sdk;
    private java.nio.file.Path pdfFile;
    private java.nio.file.Path signedFile;
    private java.nio.file.Path handOut;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        BenchmarkKeys keys = BenchmarkKeys.create();
        pdf = SamplePdf.create(1024 * 1024);
        handWritten = new HandWrittenPadesSigner(keys.leafKey, keys.leaf);
        dss = new DssPades(keys);
        sdk = new SdkOperations(keys);
        pdfFile = sdk.file("letter.pdf", pdf);
        signedFile = sdk.path("letter-signed.pdf");
        handOut = sdk.path("letter-hand.pdf");
    }

    /** The floor, file to file like the SDK: load from disk, sign, write the result to disk. */
    @Benchmark
    public long handWrittenPdfboxBouncyCastle() throws Exception {
        byte[] signed = handWritten.sign(java.nio.file.Files.readAllBytes(pdfFile));
        java.nio.file.Files.write(handOut, signed);
        return signed.length;
    }

    @Benchmark
    public long sdk() {
        return sdk.signPades(pdfFile, signedFile);
    }

    @Benchmark
    public byte[] euDss() throws Exception {
        return dss.sign(pdf);
    }
}
