package io.github.egovsdk.samples.onestop;

import io.github.egovsdk.vneid.population.AuditHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A small one-stop office (bộ phận một cửa) service: every SDK client comes from the starter, configured only by
 * {@code egov.*} properties ({@code application.properties}: the sandbox; profile {@code prod}: real endpoints).
 */
@SpringBootApplication
public class OneStopApplication {
    private static final Logger AUDIT = LoggerFactory.getLogger("onestop.audit");

    public static void main(String[] args) {
        SpringApplication.run(OneStopApplication.class, args);
    }

    /** Every population lookup is recorded: who asked, why, the outcome — never the citizen's data. */
    @Bean
    AuditHook populationAudit() {
        return r -> AUDIT.info(
                "population lookup {} by {} for '{}': {}", r.requestId(), r.requestedBy(), r.purpose(), r.outcome());
    }
}
