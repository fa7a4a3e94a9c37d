package io.github.egovsdk.testkit;

import io.github.egovsdk.testkit.contract.AxisTarget;
import io.github.egovsdk.testkit.contract.VxpAxisContract;
import org.junit.jupiter.api.BeforeEach;

/** Our CI runs the VXP contract suite against the embedded sandbox. */
@EgovSandboxTest
class SandboxVxpContractTest extends VxpAxisContract {
    private AxisTarget target;

    @BeforeEach
    void target(EgovSandbox sandbox) {
        target = new AxisTarget(sandbox.axisEndpoint(), sandbox.agencyA(), sandbox.agencyB());
    }

    @Override
    protected AxisTarget target() {
        return target;
    }
}
