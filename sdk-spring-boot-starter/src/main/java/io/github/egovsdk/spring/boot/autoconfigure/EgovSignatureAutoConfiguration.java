package io.github.egovsdk.spring.boot.autoconfigure;

import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.keys.SigningKeys;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.trust.TrustAnchors;
import io.github.egovsdk.signature.tsa.TsaClient;
import io.github.egovsdk.signature.verify.SignatureValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A {@link SignatureValidator} trusting the configured anchors (certificate files and/or a key store), and a
 * {@link PadesSigner} with a PKCS#12 key or a key on a PKCS#11 token; both {@code @ConditionalOnMissingBean}.
 */
@AutoConfiguration(after = EgovClientsAutoConfiguration.class)
@EnableConfigurationProperties(EgovProperties.class)
public class EgovSignatureAutoConfiguration {

    /** The validator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEgovService(
            value = "signature.validator",
            properties = {"trust-anchors", "trust-store"})
    static class Validator {
        @Bean
        @ConditionalOnMissingBean
        SignatureValidator egovSignatureValidator(EgovSettings settings) {
            ValidatorProperties p = settings.properties().getSignature().getValidator();
            List<X509Certificate> anchors = new ArrayList<>();
            for (int i = 0; i < p.getTrustAnchors().size(); i++) {
                Path file = p.getTrustAnchors().get(i);
                try {
                    anchors.addAll(TrustAnchors.fromPath(file));
                } catch (RuntimeException e) {
                    throw Required.invalid(
                            "egov.signature.validator.trust-anchors[" + i + "]",
                            file,
                            "not a readable certificate file / không đọc được chứng thư: " + e.getMessage());
                }
            }
            if (p.getTrustStore() != null) {
                anchors.addAll(fromKeyStore(p));
            }
            if (anchors.isEmpty()) {
                throw Required.invalid(
                        "egov.signature.validator.trust-anchors",
                        null,
                        "no trust anchor found / không có chứng thư gốc tin cậy");
            }
            return SignatureValidator.builder()
                    .trustAnchors(anchors)
                    .offline(p.isOffline())
                    .build();
        }

        private static List<X509Certificate> fromKeyStore(ValidatorProperties p) {
            Path file = p.getTrustStore();
            String password = p.getTrustStorePassword();
            try (InputStream in = Files.newInputStream(file)) {
                KeyStore ks = KeyStore.getInstance(p.getTrustStoreType());
                ks.load(in, password == null ? null : password.toCharArray());
                List<X509Certificate> out = new ArrayList<>();
                for (String alias : Collections.list(ks.aliases())) {
                    Certificate c = ks.getCertificate(alias);
                    if (ks.isCertificateEntry(alias) && c instanceof X509Certificate x) {
                        out.add(x);
                    }
                }
                return out;
            } catch (IOException | GeneralSecurityException e) {
                throw Required.invalid(
                        "egov.signature.validator.trust-store",
                        file,
                        "cannot read the trust store (wrong type or password?) / không đọc được kho chứng thư: "
                                + e.getMessage());
            }
        }
    }

    /** The PAdES signer. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEgovService(
            value = "signature.pades",
            properties = {"key-store", "pkcs11.library"})
    static class Pades {
        @Bean
        @ConditionalOnMissingBean
        PadesSigner egovPadesSigner(EgovSettings settings) {
            PadesProperties p = settings.properties().getSignature().getPades();
            String service = "the PAdES signer";
            SigningKey key = p.getPkcs11().getLibrary() != null
                    ? Pkcs11Keys.load(p.getPkcs11(), "egov.signature.pades.pkcs11", service)
                    : pkcs12(p, service);
            PadesSigner.Builder b = PadesSigner.builder().key(key);
            if (p.getLevel() != null) {
                b.level(p.getLevel());
            }
            if (p.getTsaUrl() != null) {
                b.tsa(TsaClient.builder().endpoint(p.getTsaUrl()).build());
            }
            return b.build();
        }

        private static SigningKey pkcs12(PadesProperties p, String service) {
            Path file = Required.value(p.getKeyStore(), "egov.signature.pades.key-store", service);
            String password =
                    Required.value(p.getKeyStorePassword(), "egov.signature.pades.key-store-password", service);
            SigningKey key;
            try {
                key = SigningKeys.fromPkcs12(file, password.toCharArray(), p.getAlias());
            } catch (EgovException e) {
                throw Required.invalid(
                        "egov.signature.pades.key-store",
                        file,
                        "cannot read the PKCS#12 key / không đọc được khóa PKCS#12: " + e.getMessage());
            }
            return key;
        }
    }
}
