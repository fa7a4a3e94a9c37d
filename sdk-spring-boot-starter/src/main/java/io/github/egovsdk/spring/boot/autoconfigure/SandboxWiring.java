package io.github.egovsdk.spring.boot.autoconfigure;

import io.github.egovsdk.testkit.EgovSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;

/**
 * Points every service's properties at the sandbox: endpoints and credentials are replaced (a sandbox flag left on
 * must never send sandbox credentials to a real service), unset receive-loop and signature settings get
 * sandbox values (a temporary staging directory, the sandbox's root CA, the officer's PKCS#12 key).
 */
final class SandboxWiring implements EgovPropertiesCustomizer {
    static final String PKCS12_PASSWORD = "sandbox-p12";
    private final EgovSandbox sandbox;

    SandboxWiring(EgovSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public void customize(EgovProperties p) {
        VxpProperties vxp = p.getVxp();
        vxp.setEndpoint(sandbox.axisEndpoint());
        vxp.setSystemId(EgovSandbox.AGENCY_A.systemId());
        vxp.setSecret(EgovSandbox.AGENCY_A.secret());
        PortalProperties portal = p.getPortal();
        portal.setEndpoint(sandbox.portalEndpoint());
        portal.setUsername(EgovSandbox.PORTAL_USERNAME);
        portal.setPassword(EgovSandbox.PORTAL_PASSWORD);
        portal.setDstCode(EgovSandbox.AGENCY_A.organId());
        portal.setAgencyCode(EgovSandbox.AGENCY_A.organId());
        PaymentProperties payment = p.getPayment();
        payment.setEndpoint(sandbox.paymentEndpoint());
        payment.setPartnerCode(EgovSandbox.PAYMENT_PARTNER);
        payment.setSecret(EgovSandbox.PAYMENT_SECRET);
        payment.setServerIp("127.0.0.1");
        PopulationProperties population = p.getPopulation();
        population.setEndpoint(sandbox.populationEndpoint());
        population.setTokenEndpoint(null);
        if (population.getIntegrationCode() == null) {
            population.setIntegrationCode("037");
        }
        if (population.getServiceCode() == null) {
            population.setServiceCode("SANDBOX-1.000001");
        }
        VneidProperties vneid = p.getVneid();
        vneid.setEndpoint(sandbox.vneidEndpoint());
        vneid.setClientId(EgovSandbox.VNEID_CLIENT_ID);
        vneid.setClientSecret(EgovSandbox.VNEID_CLIENT_SECRET);
        if (vneid.getRedirectUri() == null) {
            vneid.setRedirectUri(URI.create("http://127.0.0.1:8080/login/vneid/callback"));
        }
        SsoProperties sso = p.getSso();
        sso.setEndpoint(sandbox.ssoIssuer());
        sso.setClientId(EgovSandbox.SSO_CLIENT_ID);
        sso.setClientSecret(EgovSandbox.SSO_CLIENT_SECRET);
        if (sso.getRedirectUri() == null) {
            sso.setRedirectUri(URI.create("http://127.0.0.1:8080/login/sso/callback"));
        }
        for (ServiceProperties s : new ServiceProperties[] {vxp, portal, payment, population, vneid, sso}) {
            s.getProxy().setUrl(null); // the sandbox is on loopback
        }
        files(p);
    }

    private void files(EgovProperties p) {
        try {
            Path dir = Files.createTempDirectory("egov-sandbox-");
            ReceiverProperties receiver = p.getVxp().getReceiver();
            if (receiver.getStagingDirectory() == null) {
                receiver.setStagingDirectory(Files.createDirectories(dir.resolve("staging")));
            }
            Path root = dir.resolve("sandbox-root-ca.cer");
            Files.write(root, sandbox.rootCa().getEncoded());
            p.getSignature().getValidator().getTrustAnchors().add(root);
            PadesProperties pades = p.getSignature().getPades();
            if (pades.getKeyStore() == null) {
                pades.setKeyStore(
                        sandbox.pki().writeOfficerPkcs12(dir.resolve("officer.p12"), PKCS12_PASSWORD.toCharArray()));
                pades.setKeyStorePassword(PKCS12_PASSWORD);
                pades.setAlias("signer");
                if (pades.getTsaUrl() == null) {
                    pades.setTsaUrl(sandbox.tsaEndpoint());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sandbox's files", e);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Cannot encode the sandbox root CA", e);
        }
    }
}
