package io.github.egovsdk.benchmarks.dss;

import io.github.egovsdk.benchmarks.fixtures.BenchmarkFixtures;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;

/**
 * Writes the benchmark fixtures both sides verify: a fresh RSA-2048 PKI, a 1 MB letter-like PDF and B-B signatures
 * made by DSS (PAdES, enveloped XAdES, detached CAdES). Usage: {@code FixtureWriter DIR}.
 */
public final class FixtureWriter {
    private FixtureWriter() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: FixtureWriter DIR");
        }
        write(Path.of(args[0]));
    }

    public static BenchmarkFixtures write(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(BenchmarkFixtures.COMPLETE));
        BenchmarkKeys keys = BenchmarkKeys.create();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(BenchmarkFixtures.ALIAS, keys.leafKey, BenchmarkFixtures.PASSWORD, new Certificate[] {
            keys.leaf, keys.root
        });
        try (OutputStream out = Files.newOutputStream(dir.resolve(BenchmarkFixtures.KEYSTORE))) {
            store.store(out, BenchmarkFixtures.PASSWORD);
        }
        byte[] pdf = SamplePdf.create(1024 * 1024);
        Files.write(dir.resolve(BenchmarkFixtures.SAMPLE_PDF), pdf);
        Files.write(dir.resolve(BenchmarkFixtures.SIGNED_PDF), new DssPades(keys.leafKey, keys.leaf).sign(pdf));
        Files.write(dir.resolve(BenchmarkFixtures.SIGNED_XML), DssFixtures.xadesEnveloped(keys));
        Files.write(dir.resolve(BenchmarkFixtures.CADES), DssFixtures.cadesDetached(keys));
        Files.write(dir.resolve(BenchmarkFixtures.CADES_CONTENT), DssFixtures.CONTENT);
        Files.writeString(dir.resolve(BenchmarkFixtures.COMPLETE), "ok\n");
        return BenchmarkFixtures.load(dir);
    }
}
