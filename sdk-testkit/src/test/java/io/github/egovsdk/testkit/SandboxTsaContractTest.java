package io.github.egovsdk.testkit;

import io.github.egovsdk.testkit.contract.TsaContract;
import java.net.URI;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.BeforeEach;

/** Our CI runs the TSA contract suite against the sandbox TSA. */
@EgovSandboxTest
class SandboxTsaContractTest extends TsaContract {
    private EgovSandbox sandbox;

    @BeforeEach
    void sandbox(EgovSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    protected URI tsaEndpoint() {
        return sandbox.tsaEndpoint();
    }

    @Override
    protected X509Certificate trustAnchor() {
        return sandbox.pki().root();
    }
}
