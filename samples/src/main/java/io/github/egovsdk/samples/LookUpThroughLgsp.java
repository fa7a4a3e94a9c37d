package io.github.egovsdk.samples;

import io.github.egovsdk.core.gateway.Gateway;
import io.github.egovsdk.core.gateway.GatewayStyle;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxCitizen;
import io.github.egovsdk.testkit.SandboxGateways;
import io.github.egovsdk.vneid.population.CitizenQuery;
import io.github.egovsdk.vneid.population.CitizenRecord;
import io.github.egovsdk.vneid.population.LookupContext;
import io.github.egovsdk.vneid.population.PopulationDbClient;
import io.github.egovsdk.vneid.population.PopulationSoapDialect;

/**
 * The one-stop office looks a citizen up in the population database (CSDL dân cư, SOAP {@code TraCuuThongTinCongDan}
 * and {@code XacThucThongTinCongDan}) through the province's LGSP, once per authentication style the field uses
 * (sdk-core's {@code Gateway}), on the embedded sandbox. Every lookup is audited without personal data.
 */
public final class LookUpThroughLgsp {
    private LookUpThroughLgsp() {}

    public static void main(String[] args) {
        try (EgovSandbox sandbox = EgovSandbox.start()) {
            SandboxCitizen c = SandboxCitizen.ALL.get(0);
            CitizenQuery query = CitizenQuery.byPersonalId(c.personalId(), c.fullName(), c.dateOfBirth());
            LookupContext why = new LookupContext("MOTCUA-01", "Tiếp nhận hồ sơ (sample)");
            for (GatewayStyle style : GatewayStyle.values()) {
                if (style == GatewayStyle.F_ADAPTER) {
                    continue;
                }
                Gateway lgsp = sandbox.lgspGateway(style, style == GatewayStyle.A_LGSP_ACCESS_TOKEN);
                try (PopulationDbClient csdl = PopulationDbClient.builder()
                        .gateway(lgsp)
                        .soap(PopulationSoapDialect.STANDARD)
                        .integrationCode(SandboxGateways.INTEGRATION_CODE)
                        .serviceCode(SandboxGateways.SERVICE_CODE)
                        .auditHook(a -> {})
                        .build()) {
                    CitizenRecord r = csdl.lookUp(query, why).get(0);
                    boolean verified = csdl.verifyInformation(query, why).matches();
                    System.out.println(style + ": " + Redactor.maskPersonalId(r.personalId()) + " tìm thấy / found,"
                            + " xác thực / verified " + verified);
                }
            }
        }
    }
}
