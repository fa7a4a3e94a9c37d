package io.github.egovsdk.testkit;

import io.github.egovsdk.testkit.contract.HealthContract;
import io.github.egovsdk.testkit.contract.HealthTarget;
import org.junit.jupiter.api.BeforeEach;

/** Our CI runs the Social Security contract suite against the sandbox gateway. */
@EgovSandboxTest
class SandboxHealthContractTest extends HealthContract {
    private HealthTarget target;

    @BeforeEach
    void target(EgovSandbox sandbox) {
        SandboxSocialSecurity.Patient p = SandboxSocialSecurity.PATIENTS.get(0);
        target = new HealthTarget(
                sandbox.socialSecurityEndpoint(),
                SandboxSocialSecurity.USERNAME,
                SandboxSocialSecurity.PASSWORD,
                SandboxSocialSecurity.OFFICER_NAME,
                SandboxSocialSecurity.OFFICER_ID,
                p.cardNumber(),
                p.citizen().personalId(),
                p.citizen().fullName(),
                p.citizen().dateOfBirth());
    }

    @Override
    protected HealthTarget target() {
        return target;
    }
}
