package io.github.egovsdk.testkit;

import io.github.egovsdk.core.gateway.Gateway;
import io.github.egovsdk.core.gateway.GatewayStyle;
import io.github.egovsdk.testkit.contract.LgspContract;
import io.github.egovsdk.testkit.contract.LgspTarget;
import io.github.egovsdk.vneid.population.PopulationSoapDialect;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** Our CI runs the LGSP contract suite against the sandbox LGSP: every auth style, raw SOAP and JSON-wrapped. */
@EgovSandboxTest
class SandboxLgspContractTest extends LgspContract {
    private LgspTarget target;

    @BeforeEach
    void target(EgovSandbox sandbox) {
        List<Gateway> routes = new ArrayList<>();
        for (GatewayStyle style : GatewayStyle.values()) {
            if (style != GatewayStyle.F_ADAPTER) {
                routes.add(sandbox.lgspGateway(style, style.ordinal() % 2 == 0));
            }
        }
        SandboxCitizen c = SandboxCitizen.ALL.get(0);
        target = new LgspTarget(
                routes,
                PopulationSoapDialect.STANDARD,
                SandboxGateways.INTEGRATION_CODE,
                SandboxGateways.SERVICE_CODE,
                SandboxSocialSecurity.OFFICER_ID,
                c.personalId(),
                c.fullName(),
                c.dateOfBirth());
    }

    @Override
    protected LgspTarget target() {
        return target;
    }
}
