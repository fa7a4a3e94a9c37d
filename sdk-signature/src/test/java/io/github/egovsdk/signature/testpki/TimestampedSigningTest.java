package io.github.egovsdk.signature.testpki;

import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.keys.SigningKeys;
import io.github.egovsdk.signature.tsa.TsaClient;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the B-T / B-LT signing tests: a generated PKI (root → CA → signer), an in-process RFC 3161 TSA on loopback
 * and a {@link TsaClient} for it, started once per test class.
 */
public abstract class TimestampedSigningTest {
    protected static TestPki pki;
    protected static TestTsa tsaServer;
    protected static TsaClient tsa;
    protected static SigningKey key;

    @BeforeAll
    static void startPkiAndTsa() throws Exception {
        pki = new TestPki();
        tsaServer = new TestTsa(pki);
        tsa = TsaClient.builder().endpoint(tsaServer.url()).build();
        key = SigningKeys.of(pki.signerKey(), List.of(pki.signer, pki.ca));
    }

    @AfterAll
    static void stopTsa() {
        tsa.close();
        tsaServer.close();
    }
}
