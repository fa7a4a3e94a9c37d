package io.github.egovsdk.spring.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.dvc.payment.PaymentClient;
import io.github.egovsdk.dvc.payment.PaymentOrder;
import io.github.egovsdk.dvc.payment.VndAmount;
import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.edoc.vxp.MessageType;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.testkit.EgovSandbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** The starter in a real Spring Boot 3.5 application wired to the embedded sandbox. */
@SpringBootTest(classes = CompatApplication.class)
@DirtiesContext
class StarterOnBootTest {
    @Autowired
    PortalClient portal;

    @Autowired
    PaymentClient payments;

    @Autowired
    VxpClient axis;

    @Autowired
    HealthEndpoint health;

    @Autowired
    EgovSandbox sandbox;

    @Autowired
    MeterRegistry meters;

    @Test
    void starter_onThisBootVersion_callsTheSandboxTimesTheCallsAndReportsHealthUpThenDown() {
        assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
        assertThat(portal.procedures()).isNotEmpty();
        assertThat(payments.init(PaymentOrder.of("000.00.00.H27-261204-0002", VndAmount.of(10_000)))
                        .reference())
                .isNotBlank();
        assertThat(axis.countReceived(MessageType.EDOC)).isNotNegative();
        Timer portalCalls = meters.get("egov.http.client")
                .tag("egov.service", "PortalClient")
                .tag("outcome", "SUCCESS")
                .tag("status", "200")
                .tag("http.request.method", "POST")
                .tag("egov.error.code", "none")
                .tag("egov.attempts", "1")
                .timer();
        assertThat(portalCalls.count()).isPositive();
        assertThat(meters.get("egov.http.client")
                        .tag("egov.service", "VxpClient")
                        .tag("egov.operation", "countReceiveEdoc")
                        .timer()
                        .count())
                .isPositive();
        assertThat(health.healthForPath("egov").getStatus()).isEqualTo(Status.UP);
        assertThat(health.healthForPath("egov", "portal").getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        sandbox.close();
        assertThat(health.healthForPath("egov", "portal").getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.healthForPath("egov", "payment").getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }
}
