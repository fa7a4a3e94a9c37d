package io.github.egovsdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.signature.tsa.TsaClient;
import java.net.URI;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;

/**
 * The SDK's {@link TsaClient} against an RFC 3161 time-stamp authority: the token covers the digest sent, is signed
 * by a certificate chaining to the given anchor, and is current. Subclass it with the sandbox TSA (our CI) or your
 * CA's TSA ({@code EGOV_TSA_URL}, anchor from your own trust store).
 */
public abstract class TsaContract {

    /** The TSA's URL. */
    protected abstract URI tsaEndpoint();

    /** The root (or issuing CA) the TSA certificate must chain to. */
    protected abstract X509Certificate trustAnchor();

    @Test
    void timestamp_whenSha256Digest_returnsATokenOverThatDigestSignedByTheTsa() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(("contract " + Instant.now()).getBytes());
        byte[] der;
        try (TsaClient tsa = TsaClient.builder().endpoint(tsaEndpoint()).build()) {
            der = tsa.timestamp(digest, "SHA-256");
        }
        TimeStampToken token = new TimeStampToken(new CMSSignedData(der));
        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(digest);
        assertThat(Duration.between(token.getTimeStampInfo().getGenTime().toInstant(), Instant.now())
                        .abs())
                .isLessThan(Duration.ofMinutes(5));

        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certs = token.getCertificates().getMatches(token.getSID());
        assertThat(certs).as("the token carries the TSA certificate").isNotEmpty();
        X509CertificateHolder tsaCert = certs.iterator().next();
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaCert));
        X509Certificate anchor = trustAnchor();
        boolean chains = tsaCert.getIssuer().equals(new X509CertificateHolder(anchor.getEncoded()).getSubject());
        if (!chains) {
            for (X509CertificateHolder c :
                    (Collection<X509CertificateHolder>) token.getCertificates().getMatches(null)) {
                if (c.getSubject().equals(tsaCert.getIssuer())
                        && c.isSignatureValid(new JcaContentVerifierProviderBuilder().build(anchor))) {
                    chains = true;
                }
            }
        }
        assertThat(chains).as("the TSA certificate chains to the trust anchor").isTrue();
    }

    @Test
    void timestamp_whenDigestAlgorithmUnsupported_isRefusedBeforeSending() {
        try (TsaClient tsa = TsaClient.builder().endpoint(tsaEndpoint()).build()) {
            assertThatThrownBy(() -> tsa.timestamp(new byte[16], "MD5")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
