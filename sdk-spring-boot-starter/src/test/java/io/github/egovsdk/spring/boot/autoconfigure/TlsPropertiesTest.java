package io.github.egovsdk.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.testkit.EgovSandbox;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Per-service TLS properties: readable stores are taken, unreadable ones fail start-up naming the property. */
class TlsPropertiesTest {
    private static EgovSandbox sandbox;
    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(EgovClientsAutoConfiguration.class));

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        sandbox = EgovSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private String[] portal(String... more) {
        String[] base = {
            "egov.portal.endpoint=" + sandbox.portalEndpoint(),
            "egov.portal.username=" + EgovSandbox.PORTAL_USERNAME,
            "egov.portal.password=" + EgovSandbox.PORTAL_PASSWORD,
            "egov.portal.dst-code=" + EgovSandbox.AGENCY_A.organId()
        };
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private Path emptyStore(String password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        Path file = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, password.toCharArray());
        }
        return file;
    }

    @Test
    void tls_whenTrustAndKeyStoresReadable_clientStartsAndCalls() throws Exception {
        Path store = emptyStore("changeit");
        runner.withPropertyValues(portal(
                        "egov.portal.tls.trust-store=" + store,
                        "egov.portal.tls.trust-store-password=changeit",
                        "egov.portal.tls.key-store=" + store,
                        "egov.portal.tls.key-store-password=changeit",
                        "egov.portal.tls.protocols=TLSv1.3"))
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed().hasSingleBean(PortalClient.class);
                    // the sandbox speaks plain HTTP: TLS settings apply to https endpoints only
                    assertThat(ctx.getBean(PortalClient.class).sectors()).isNotEmpty();
                });
    }

    @Test
    void tls_whenTrustStorePasswordWrong_startupFailureNamesTheProperty() throws Exception {
        Path store = emptyStore("changeit");
        runner.withPropertyValues(
                        portal("egov.portal.tls.trust-store=" + store, "egov.portal.tls.trust-store-password=wrong"))
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(ctx.getStartupFailure())
                            .rootCause()
                            .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                            .hasMessageContaining("egov.portal.tls.trust-store");
                });
    }
}
