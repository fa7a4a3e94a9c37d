package io.github.egovsdk.spring.boot.autoconfigure;

import io.github.egovsdk.core.auth.Credentials;
import io.github.egovsdk.core.auth.OAuth2ClientCredentials;
import io.github.egovsdk.dvc.payment.PaymentClient;
import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.edoc.receive.EdocTracker;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.vneid.login.PortalSsoClient;
import io.github.egovsdk.vneid.login.VneidLoginClient;
import io.github.egovsdk.vneid.population.AuditHook;
import io.github.egovsdk.vneid.population.PopulationDbClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One client bean per configured service ({@code egov.<service>.endpoint} set, or the sandbox enabled), each
 * {@code @ConditionalOnMissingBean} so an application's own bean wins. Missing required properties fail the
 * startup with the property's name.
 */
@AutoConfiguration
@EnableConfigurationProperties(EgovProperties.class)
public class EgovClientsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public EgovSettings egovSettings(EgovProperties properties, ObjectProvider<EgovPropertiesCustomizer> customizers) {
        return new EgovSettings(properties, customizers.orderedStream().toList());
    }

    /** {@code egov.sandbox.enabled=true} without sdk-testkit: a clear startup failure, never a silent no-op. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "egov.sandbox", name = "enabled", havingValue = "true")
    @ConditionalOnMissingClass(OnEgovServiceCondition.SANDBOX)
    static class SandboxMissing {
        @Bean
        EgovSettings egovSettings() {
            throw Required.invalid(
                    "egov.sandbox.enabled",
                    true,
                    "needs io.github.egovsdk:sdk-testkit on the" + " classpath / cần thư viện sdk-testkit");
        }
    }

    /** The document axis. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEgovService("vxp")
    static class Vxp {
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        VxpClient egovVxpClient(EgovSettings settings) {
            VxpProperties p = settings.properties().getVxp();
            String service = "the document axis (VXP)";
            Credentials system = Credentials.system(
                    Required.text(p.getSystemId(), "egov.vxp.system-id", service),
                    Required.text(p.getSecret(), "egov.vxp.secret", service));
            return ClientSettings.apply(VxpClient.builder(), p, "egov.vxp", service)
                    .credentials(system)
                    .build();
        }

        @Bean
        @ConditionalOnMissingBean
        EdocTracker egovEdocTracker() {
            return new EdocTracker();
        }
    }

    /** The public-service portal. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEgovService("portal")
    static class Portal {
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        PortalClient egovPortalClient(EgovSettings settings) {
            PortalProperties p = settings.properties().getPortal();
            String service = "the public-service portal (Cổng DVCQG)";
            String dst = Required.text(p.getDstCode(), "egov.portal.dst-code", service);
            return ClientSettings.apply(PortalClient.builder(), p, "egov.portal", service)
                    .credentials(Credentials.usernamePassword(
                            Required.text(p.getUsername(), "egov.portal.username", service),
                            Required.text(p.getPassword(), "egov.portal.password", service)))
                    .dstCode(dst)
                    .agencyCode(p.getAgencyCode() != null ? p.getAgencyCode() : dst)
                    .build();
        }
    }

    /** The payment platform. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEgovService("payment")
    static class Payment {
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        PaymentClient egovPaymentClient(EgovSettings settings) {
            PaymentProperties p = settings.properties().getPayment();
            String service = "the payment platform";
            String ip = Required.text(p.getServerIp(), "egov.payment.server-ip", service);
            if (!ip.matches("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}")) {
                throw Required.invalid("egov.payment.server-ip", ip, "must be an IPv4 address / phải là địa chỉ IPv4");
            }
            PaymentClient.Builder b = ClientSettings.apply(PaymentClient.builder(), p, "egov.payment", service)
                    .credentials(Credentials.partnerSecret(
                            Required.text(p.getPartnerCode(), "egov.payment.partner-code", service),
                            Required.text(p.getSecret(), "egov.payment.secret", service)))
                    .serverIp(ip);
            if (p.getBankCode() != null) {
                b.bankCode(p.getBankCode());
            }
            return b.build();
        }
    }

    /** The population database; its lookups are recorded by the application's {@link AuditHook} bean. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEgovService("population")
    static class Population {
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        PopulationDbClient egovPopulationDbClient(EgovSettings settings, ObjectProvider<AuditHook> auditHook) {
            PopulationProperties p = settings.properties().getPopulation();
            String service = "the population database (CSDL dân cư)";
            AuditHook hook = auditHook.getIfAvailable();
            if (hook == null) {
                throw Required.invalid(
                        "egov.population",
                        null,
                        "needs an AuditHook bean: lookups of personal data"
                                + " must be auditable / cần một bean AuditHook để ghi nhật ký tra cứu");
            }
            PopulationDbClient.Builder b = ClientSettings.apply(
                            PopulationDbClient.builder(), p, "egov.population", service)
                    .integrationCode(Required.text(p.getIntegrationCode(), "egov.population.integration-code", service))
                    .serviceCode(Required.text(p.getServiceCode(), "egov.population.service-code", service))
                    .auditHook(hook);
            if (p.getTokenEndpoint() != null) {
                b.credentials(OAuth2ClientCredentials.builder()
                        .tokenEndpoint(p.getTokenEndpoint())
                        .clientId(Required.text(p.getClientId(), "egov.population.client-id", service))
                        .clientSecret(Required.text(p.getClientSecret(), "egov.population.client-secret", service))
                        .build());
            }
            return b.build();
        }
    }

    /** VNeID login. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEgovService("vneid")
    static class Vneid {
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        VneidLoginClient egovVneidLoginClient(EgovSettings settings) {
            VneidProperties p = settings.properties().getVneid();
            String service = "VNeID login";
            return ClientSettings.apply(VneidLoginClient.builder(), p, "egov.vneid", service)
                    .credentials(Credentials.oauth2Client(
                            Required.text(p.getClientId(), "egov.vneid.client-id", service),
                            Required.text(p.getClientSecret(), "egov.vneid.client-secret", service)))
                    .redirectUri(Required.value(p.getRedirectUri(), "egov.vneid.redirect-uri", service))
                    .minimumLevel(p.getMinimumLevel())
                    .build();
        }
    }

    /** The portal's SSO. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEgovService("sso")
    static class Sso {
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        PortalSsoClient egovPortalSsoClient(EgovSettings settings) {
            SsoProperties p = settings.properties().getSso();
            String service = "the portal SSO";
            PortalSsoClient.Builder b = ClientSettings.apply(PortalSsoClient.builder(), p, "egov.sso", service)
                    .credentials(Credentials.oauth2Client(
                            Required.text(p.getClientId(), "egov.sso.client-id", service),
                            Required.text(p.getClientSecret(), "egov.sso.client-secret", service)))
                    .redirectUri(Required.value(p.getRedirectUri(), "egov.sso.redirect-uri", service));
            if (p.getScope() != null) {
                b.scope(p.getScope());
            }
            return b.build();
        }
    }
}
