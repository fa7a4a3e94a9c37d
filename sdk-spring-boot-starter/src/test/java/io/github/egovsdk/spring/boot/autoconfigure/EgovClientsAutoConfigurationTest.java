package io.github.egovsdk.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.dvc.payment.PaymentClient;
import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.edoc.receive.EdocTracker;
import io.github.egovsdk.edoc.vxp.MessageType;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.vneid.login.PortalSsoClient;
import io.github.egovsdk.vneid.login.VneidLoginClient;
import io.github.egovsdk.vneid.population.AuditHook;
import io.github.egovsdk.vneid.population.PopulationDbClient;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The client beans, against a real sandbox started by the test (not through egov.sandbox). */
class EgovClientsAutoConfigurationTest {
    private static EgovSandbox sandbox;
    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(EgovClientsAutoConfiguration.class));

    @BeforeAll
    static void start() {
        sandbox = EgovSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private String[] portal() {
        return new String[] {
            "egov.portal.endpoint=" + sandbox.portalEndpoint(),
            "egov.portal.username=" + EgovSandbox.PORTAL_USERNAME,
            "egov.portal.password=" + EgovSandbox.PORTAL_PASSWORD,
            "egov.portal.dst-code=" + EgovSandbox.AGENCY_A.organId(),
            "egov.portal.timeouts.connect=2s",
            "egov.portal.retry.max-attempts=2"
        };
    }

    @Test
    void clients_whenNothingConfigured_noClientBean() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx)
                    .doesNotHaveBean(VxpClient.class)
                    .doesNotHaveBean(PortalClient.class)
                    .doesNotHaveBean(PaymentClient.class)
                    .doesNotHaveBean(PopulationDbClient.class)
                    .doesNotHaveBean(VneidLoginClient.class)
                    .doesNotHaveBean(PortalSsoClient.class)
                    .doesNotHaveBean(EdocTracker.class);
        });
    }

    @Test
    void portalClient_whenEndpointAndAccountSet_callsThePortal() {
        runner.withPropertyValues(portal()).run(ctx -> {
            assertThat(ctx).hasSingleBean(PortalClient.class).doesNotHaveBean(VxpClient.class);
            assertThat(ctx.getBean(PortalClient.class).sectors()).isNotEmpty();
            assertThat(sandbox.portalLogins()).isPositive();
        });
    }

    @Test
    void vxpClient_whenConfigured_signsWithTheSystemSecret() {
        runner.withPropertyValues(
                        "egov.vxp.endpoint=" + sandbox.axisEndpoint(),
                        "egov.vxp.system-id=" + EgovSandbox.AGENCY_B.systemId(),
                        "egov.vxp.secret=" + EgovSandbox.AGENCY_B.secret())
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(VxpClient.class).hasSingleBean(EdocTracker.class);
                    assertThat(ctx.getBean(VxpClient.class).countReceived(MessageType.EDOC))
                            .isNotNegative();
                });
    }

    @Test
    void portalClient_whenProxySet_callsGoThroughTheProxy() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String[] props = portal();
        runner.withPropertyValues(props)
                .withPropertyValues(
                        "egov.portal.proxy.url=http://127.0.0.1:" + closed, "egov.portal.retry.max-attempts=1")
                .run(ctx -> {
                    // the sandbox is up: only a proxy in the way (a closed port here) makes the call fail
                    Assertions.assertThatThrownBy(
                                    () -> ctx.getBean(PortalClient.class).sectors())
                            .isInstanceOf(EgovTransportException.class);
                });
        runner.withPropertyValues(props)
                .withPropertyValues(
                        "egov.portal.proxy.url=http://127.0.0.1:" + closed,
                        "egov.portal.proxy.non-proxy-hosts=127.0.0.1")
                .run(ctx ->
                        assertThat(ctx.getBean(PortalClient.class).sectors()).isNotEmpty());
    }

    @Test
    void portalClient_whenUserDefinesOne_usersBeanWins() {
        PortalClient own = PortalClient.builder()
                .endpoint(sandbox.portalEndpoint())
                .login("u", "p")
                .dstCode("X")
                .build();
        runner.withPropertyValues(portal())
                .withBean("myPortal", PortalClient.class, () -> own)
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(PortalClient.class);
                    assertThat(ctx.getBean(PortalClient.class)).isSameAs(own);
                });
    }

    @Test
    void portalClient_whenPasswordMissing_startupFailsNamingTheProperty() {
        runner.withPropertyValues(
                        "egov.portal.endpoint=" + sandbox.portalEndpoint(),
                        "egov.portal.username=u",
                        "egov.portal.dst-code=X")
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(ctx.getStartupFailure())
                            .rootCause()
                            .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                            .hasMessageContaining("egov.portal.password");
                });
    }

    @Test
    void portalClient_whenTimeoutIsNotADuration_startupFailsNamingTheProperty() {
        String[] props = portal();
        props[4] = "egov.portal.timeouts.connect=soon";
        runner.withPropertyValues(props).run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).hasStackTraceContaining("egov.portal.timeouts.connect");
        });
    }

    @Test
    void portalClient_whenRetryAttemptsZero_startupFailsNamingTheProperty() {
        String[] props = portal();
        props[5] = "egov.portal.retry.max-attempts=0";
        runner.withPropertyValues(props).run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("egov.portal.retry.max-attempts");
        });
    }

    @Test
    void paymentClient_whenServerIpIsNotIpv4_startupFailsNamingTheProperty() {
        runner.withPropertyValues(
                        "egov.payment.endpoint=" + sandbox.paymentEndpoint(),
                        "egov.payment.partner-code=P",
                        "egov.payment.secret=S",
                        "egov.payment.server-ip=my-host")
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(ctx.getStartupFailure())
                            .rootCause()
                            .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                            .hasMessageContaining("egov.payment.server-ip")
                            .hasMessageContaining("my-host");
                });
    }

    @Test
    void populationClient_whenNoAuditHookBean_startupFailsNamingTheGroup() {
        runner.withPropertyValues(
                        "egov.population.endpoint=" + sandbox.populationEndpoint(),
                        "egov.population.integration-code=037",
                        "egov.population.service-code=X")
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(ctx.getStartupFailure())
                            .rootCause()
                            .hasMessageContaining("egov.population")
                            .hasMessageContaining("AuditHook");
                });
    }

    @Test
    void populationClient_whenAuditHookBeanPresent_isCreated() {
        runner.withPropertyValues(
                        "egov.population.endpoint=" + sandbox.populationEndpoint(),
                        "egov.population.integration-code=037",
                        "egov.population.service-code=X")
                .withBean(AuditHook.class, () -> r -> {})
                .run(ctx -> assertThat(ctx).hasSingleBean(PopulationDbClient.class));
    }

    @Test
    void ssoAndVneid_whenRedirectUriMissing_startupFailsNamingTheProperty() {
        runner.withPropertyValues(
                        "egov.sso.endpoint=" + sandbox.ssoIssuer(), "egov.sso.client-id=a", "egov.sso.client-secret=b")
                .run(ctx ->
                        assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("egov.sso.redirect-uri"));
        runner.withPropertyValues(
                        "egov.vneid.endpoint=" + sandbox.vneidEndpoint(),
                        "egov.vneid.client-id=a",
                        "egov.vneid.redirect-uri=http://127.0.0.1/cb")
                .run(ctx -> assertThat(ctx.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("egov.vneid.client-secret"));
    }
}
