package io.github.egovsdk.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.dvc.payment.PaymentClient;
import io.github.egovsdk.dvc.payment.PaymentOrder;
import io.github.egovsdk.dvc.payment.VndAmount;
import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.receive.CheckpointStore;
import io.github.egovsdk.edoc.receive.EdocHandler;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxCitizen;
import io.github.egovsdk.vneid.login.PortalSsoClient;
import io.github.egovsdk.vneid.login.VneidLoginClient;
import io.github.egovsdk.vneid.population.AuditHook;
import io.github.egovsdk.vneid.population.CitizenQuery;
import io.github.egovsdk.vneid.population.LookupContext;
import io.github.egovsdk.vneid.population.PopulationDbClient;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** egov.sandbox.enabled=true: every bean wired to the embedded sandbox, real calls, the receive loop, health. */
class EgovSandboxAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    EgovSandboxAutoConfiguration.class,
                    EgovClientsAutoConfiguration.class,
                    EgovSignatureAutoConfiguration.class,
                    EgovReceiverAutoConfiguration.class,
                    EgovHealthAutoConfiguration.class))
            .withBean(AuditHook.class, () -> r -> {});

    @Test
    void sandbox_whenEnabled_everyBeanIsWiredToItAndCallsSucceed(@TempDir Path dir) throws Exception {
        runner.withPropertyValues("egov.sandbox.enabled=true", "egov.portal.endpoint=https://dichvucong.gov.vn/api/")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    EgovSandbox sandbox = ctx.getBean(EgovSandbox.class);
                    assertThat(ctx)
                            .hasSingleBean(VxpClient.class)
                            .hasSingleBean(VneidLoginClient.class)
                            .hasSingleBean(PortalSsoClient.class)
                            .hasSingleBean(PopulationDbClient.class);
                    // the sandbox replaces a real endpoint left in the properties
                    assertThat(ctx.getBean(EgovSettings.class)
                                    .properties()
                                    .getPortal()
                                    .getEndpoint())
                            .isEqualTo(sandbox.portalEndpoint());
                    assertThat(ctx.getBean(PortalClient.class).procedures()).isNotEmpty();
                    assertThat(ctx.getBean(PaymentClient.class)
                                    .init(PaymentOrder.of("000.00.00.H27-261204-0001", VndAmount.of(8_000)))
                                    .reference())
                            .isNotBlank();
                    SandboxCitizen citizen = sandbox.citizens().get(0);
                    assertThat(ctx.getBean(PopulationDbClient.class)
                                    .verify(
                                            CitizenQuery.byPersonalId(
                                                    citizen.personalId(), citizen.fullName(), citizen.dateOfBirth()),
                                            new LookupContext("TEST", "kiểm thử"))
                                    .matches())
                            .isTrue();
                    assertThat(ctx.getBean(VneidLoginClient.class)
                                    .startLogin()
                                    .authorizationUri()
                                    .toString())
                            .startsWith(sandbox.vneidEndpoint().toString());
                    Path pdf = dir.resolve("in.pdf");
                    try (PDDocument doc = new PDDocument()) {
                        doc.addPage(new PDPage());
                        doc.save(pdf.toFile());
                    }
                    Path signed = dir.resolve("signed.pdf");
                    ctx.getBean(PadesSigner.class).sign(pdf, signed, PadesOptions.invisible());
                    assertThat(ctx.getBean(SignatureValidator.class)
                                    .validate(signed)
                                    .valid())
                            .isTrue();
                });
    }

    @Test
    void receiver_whenEnabledWithHandlerBean_pollsAndStopsGracefully(@TempDir Path dir) throws Exception {
        List<String> handled = new CopyOnWriteArrayList<>();
        EdocHandler handler = (docId, message, staged) -> handled.add(message.subject());
        runner.withPropertyValues(
                        "egov.sandbox.enabled=true",
                        "egov.vxp.receiver.enabled=true",
                        "egov.vxp.receiver.poll-interval=200ms")
                .withBean(EdocHandler.class, () -> handler)
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed().hasSingleBean(CheckpointStore.class);
                    EdocReceiverLifecycle loop = ctx.getBean(EdocReceiverLifecycle.class);
                    assertThat(loop.isRunning()).isTrue();
                    Path file = dir.resolve("out.edxml");
                    EdxmlWriter.standard()
                            .write(
                                    EdocDocument.builder()
                                            .from(Organization.of(
                                                    EgovSandbox.AGENCY_B.organId(), EgovSandbox.AGENCY_B.name()))
                                            .to(Organization.of(
                                                    EgovSandbox.AGENCY_A.organId(), EgovSandbox.AGENCY_A.name()))
                                            .code("12", "STP-VP")
                                            .promulgation("Bắc Ninh", LocalDate.now())
                                            .subject("V/v kiểm thử vòng nhận")
                                            .build(),
                                    file);
                    try (VxpClient b = ctx.getBean(EgovSandbox.class).axisClient(EgovSandbox.AGENCY_B)) {
                        b.sendDocument(file, EgovSandbox.AGENCY_B.organId());
                    }
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                    while (loop.received() < 1 && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    assertThat(handled).containsExactly("V/v kiểm thử vòng nhận");
                    assertThat(loop.received()).isEqualTo(1);
                    loop.stop();
                    assertThat(loop.isRunning()).isFalse();
                });
    }

    @Test
    void receiver_whenNoHandlerBean_noLoop() {
        runner.withPropertyValues("egov.sandbox.enabled=true", "egov.vxp.receiver.enabled=true")
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(EdocReceiverLifecycle.class));
    }

    @Test
    void health_whenSandboxUpThenStopped_upThenDownWithTheReason() {
        runner.withPropertyValues("egov.sandbox.enabled=true", "egov.health.cache-ttl=0s", "egov.health.timeout=2s")
                .run(ctx -> {
                    EgovServiceProbes probes = ctx.getBean(EgovServiceProbes.class);
                    assertThat(probes.byService())
                            .containsOnlyKeys("vxp", "portal", "payment", "population", "vneid", "sso");
                    assertThat(ctx).hasBean("egovHealthContributor");
                    probes.byService()
                            .forEach((name, probe) -> assertThat(probe.check().up())
                                    .as(name + ": " + probe.check().details())
                                    .isTrue());
                    ctx.getBean(EgovSandbox.class).close();
                    probes.byService().forEach((name, probe) -> {
                        EgovServiceProbe.Result r = probe.check();
                        assertThat(r.up()).as(name).isFalse();
                        assertThat(String.valueOf(r.details().get("reason")))
                                .as(name)
                                .isNotBlank();
                    });
                });
    }

    @Test
    void health_whenAxisRejectsTheSecret_downWithCredentialsRejected() {
        try (EgovSandbox sandbox = EgovSandbox.start()) {
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(
                            EgovClientsAutoConfiguration.class, EgovHealthAutoConfiguration.class))
                    .withPropertyValues(
                            "egov.vxp.endpoint=" + sandbox.axisEndpoint(),
                            "egov.vxp.system-id=" + EgovSandbox.AGENCY_A.systemId(),
                            "egov.vxp.secret=wrong-secret",
                            "egov.vxp.retry.max-attempts=1")
                    .run(ctx -> {
                        EgovServiceProbe.Result r = ctx.getBean(EgovServiceProbes.class)
                                .byService()
                                .get("vxp")
                                .check();
                        assertThat(r.up()).isFalse();
                        assertThat(String.valueOf(r.details().get("reason"))).contains("credentials rejected");
                    });
        }
    }

    @Test
    void health_whenActuatorAbsent_noContributorButProbes() {
        runner.withClassLoader(
                        new FilteredClassLoader("org.springframework.boot.actuate", "org.springframework.boot.health"))
                .withPropertyValues("egov.sandbox.enabled=true")
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean("egovHealthContributor"));
    }

    @Test
    void sandbox_whenTestkitAbsent_startupFailsNamingTheProperty() {
        runner.withClassLoader(new FilteredClassLoader(EgovSandbox.class))
                .withPropertyValues("egov.sandbox.enabled=true")
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(ctx.getStartupFailure())
                            .rootCause()
                            .hasMessageContaining("egov.sandbox.enabled")
                            .hasMessageContaining("sdk-testkit");
                });
    }
}
