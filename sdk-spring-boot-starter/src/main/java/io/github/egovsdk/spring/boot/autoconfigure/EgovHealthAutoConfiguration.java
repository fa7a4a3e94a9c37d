package io.github.egovsdk.spring.boot.autoconfigure;

import io.github.egovsdk.dvc.payment.PaymentClient;
import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.vneid.login.PortalSsoClient;
import io.github.egovsdk.vneid.login.VneidLoginClient;
import io.github.egovsdk.vneid.population.PopulationDbClient;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With Actuator present: one health indicator per configured service, grouped under {@code egov}
 * ({@code /actuator/health/egov/portal}, ...). Works with Boot 3.5's {@code org.springframework.boot.actuate.health}
 * and Boot 4.0's {@code org.springframework.boot.health.contributor}; disabled by {@code egov.health.enabled=false}.
 */
@AutoConfiguration(after = EgovClientsAutoConfiguration.class)
@ConditionalOnProperty(prefix = "egov.health", name = "enabled", havingValue = "true", matchIfMissing = true)
public class EgovHealthAutoConfiguration {
    static final String BOOT4_INDICATOR = "org.springframework.boot.health.contributor.HealthIndicator";
    static final String BOOT3_INDICATOR = "org.springframework.boot.actuate.health.HealthIndicator";

    /** The probes of the configured services, by service name; empty when none is configured. */
    @Bean
    @ConditionalOnMissingBean
    public EgovServiceProbes egovServiceProbes(
            EgovSettings settings,
            ObjectProvider<VxpClient> vxp,
            ObjectProvider<PortalClient> portal,
            ObjectProvider<PaymentClient> payment,
            ObjectProvider<PopulationDbClient> population,
            ObjectProvider<VneidLoginClient> vneid,
            ObjectProvider<PortalSsoClient> sso) {
        EgovProperties p = settings.properties();
        EgovProbes probes = new EgovProbes(p.getHealth());
        Map<String, EgovServiceProbe> map = new TreeMap<>();
        vxp.ifAvailable(c -> map.put("vxp", probes.vxp(c)));
        portal.ifAvailable(c -> map.put("portal", probes.portal(c)));
        payment.ifAvailable(c ->
                map.put("payment", probes.reachable("payment", p.getPayment().getEndpoint())));
        population.ifAvailable(c -> map.put(
                "population", probes.reachable("population", p.getPopulation().getEndpoint())));
        vneid.ifAvailable(
                c -> map.put("vneid", probes.reachable("vneid", p.getVneid().getEndpoint())));
        sso.ifAvailable(c -> map.put("sso", probes.discovery("sso", p.getSso().getEndpoint())));
        return new EgovServiceProbes(map);
    }

    /** Spring Boot 4.0. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = BOOT4_INDICATOR)
    static class Boot4 {
        @Bean
        @ConditionalOnMissingBean(name = "egovHealthContributor")
        // fully qualified: Spring Boot 4 and 3 each have a CompositeHealthContributor, in different packages
        org.springframework.boot.health.contributor.CompositeHealthContributor egovHealthContributor(
                EgovServiceProbes probes) {
            return org.springframework.boot.health.contributor.CompositeHealthContributor.fromMap(
                    probes.byService(), Boot4HealthIndicator::new);
        }
    }

    /** Spring Boot 3.5. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = BOOT3_INDICATOR)
    @ConditionalOnMissingClass(BOOT4_INDICATOR)
    static class Boot3 {
        @Bean
        @ConditionalOnMissingBean(name = "egovHealthContributor")
        // fully qualified: Spring Boot 4 and 3 each have a CompositeHealthContributor, in different packages
        org.springframework.boot.actuate.health.CompositeHealthContributor egovHealthContributor(
                EgovServiceProbes probes) {
            return org.springframework.boot.actuate.health.CompositeHealthContributor.fromMap(
                    probes.byService(), Boot3HealthIndicator::new);
        }
    }
}
