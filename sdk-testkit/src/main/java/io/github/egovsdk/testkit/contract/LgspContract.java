package io.github.egovsdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.gateway.Gateway;
import io.github.egovsdk.vneid.population.AuditRecord;
import io.github.egovsdk.vneid.population.CitizenQuery;
import io.github.egovsdk.vneid.population.CitizenRecord;
import io.github.egovsdk.vneid.population.LookupContext;
import io.github.egovsdk.vneid.population.PopulationDbClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The SDK's {@link PopulationDbClient} SOAP operations through an LGSP / NDXP gateway: for every route of the target,
 * the test citizen is found with their number, name and birth date, verification says yes for their data and no for a
 * wrong name, and every lookup is audited. Subclass it with the sandbox (our CI) or your staging LGSP
 * ({@link LgspTarget#fromEnvironment()}).
 */
public abstract class LgspContract {
    private final List<AuditRecord> audit = new CopyOnWriteArrayList<>();

    protected abstract LgspTarget target();

    private PopulationDbClient client(Gateway g) {
        LgspTarget t = target();
        return PopulationDbClient.builder()
                .gateway(g)
                .soap(t.dialect())
                .integrationCode(t.integrationCode())
                .serviceCode(t.serviceCode())
                .auditHook(audit::add)
                .build();
    }

    private LookupContext context() {
        return new LookupContext(target().officer(), "Kiểm thử hợp đồng LGSP (contract test)");
    }

    private CitizenQuery citizen(String name) {
        return CitizenQuery.byPersonalId(target().citizenId(), name, target().citizenBirthDate());
    }

    @Test
    void lookUp_whenKnownCitizen_returnsTheirRecordOnEveryRoute() {
        for (Gateway g : target().gateways()) {
            try (PopulationDbClient c = client(g)) {
                List<CitizenRecord> records = c.lookUp(citizen(target().citizenName()), context());
                assertThat(records).as("route %s", g).anySatisfy(r -> {
                    assertThat(r.personalId()).isEqualTo(target().citizenId());
                    assertThat(r.birthYear())
                            .contains(target().citizenBirthDate().getYear());
                });
            }
        }
        assertThat(audit).hasSize(target().gateways().size()).allSatisfy(a -> assertThat(a.outcome())
                .isEqualTo(AuditRecord.Outcome.MATCH));
    }

    @Test
    void verifyInformation_whenRightThenWrongName_saysYesThenNo() {
        for (Gateway g : target().gateways()) {
            try (PopulationDbClient c = client(g)) {
                assertThat(c.verifyInformation(citizen(target().citizenName()), context())
                                .matches())
                        .as("route %s", g)
                        .isTrue();
                assertThat(c.verifyInformation(citizen("Hoàng Không Phải"), context())
                                .matches())
                        .as("route %s", g)
                        .isFalse();
            }
        }
    }
}
