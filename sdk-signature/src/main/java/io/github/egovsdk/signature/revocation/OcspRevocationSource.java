package io.github.egovsdk.signature.revocation;

import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.config.ClientBuilderBase;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.core.http.RequestBody;
import io.github.egovsdk.signature.internal.OcspEvidence;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * OCSP (RFC 6960) over the SDK's HTTP pipeline: the responder from the certificate's Authority Information Access,
 * or a fixed one (e.g. {@code http://ocsp.ca.gov.vn/}); the response must be signed by the issuer (or a responder
 * certificate the issuer signed) and answer for the certificate asked about. Answers are cached for a while.
 * Thread-safe.
 */
public final class OcspRevocationSource implements RevocationSource, AutoCloseable {
    private final HttpPipeline pipeline;
    private final URI fixedResponder;
    private final Duration cacheFor;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(RevocationStatus status, Instant until) {}

    private OcspRevocationSource(ClientConfig config, URI fixedResponder, Duration cacheFor) {
        this.pipeline = HttpPipeline.create(config);
        this.fixedResponder = fixedResponder;
        this.cacheFor = cacheFor;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<RevocationStatus> status(X509Certificate certificate, X509Certificate issuer) {
        String cacheKey = certificate.getIssuerX500Principal().getName() + "#" + certificate.getSerialNumber();
        Cached c = cache.get(cacheKey);
        if (c != null && Instant.now().isBefore(c.until())) {
            return Optional.of(c.status());
        }
        URI responder = responderOf(certificate);
        if (responder == null) {
            return Optional.empty();
        }
        try {
            CertificateID id = new CertificateID(
                    new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer),
                    certificate.getSerialNumber());
            OCSPReq req = new OCSPReqBuilder().addRequest(id).build();
            HttpRequest http = HttpRequest.builder(HttpMethod.POST, responder)
                    .header("Content-Type", "application/ocsp-request")
                    .body(RequestBody.ofBytes(req.getEncoded(), "application/ocsp-request"))
                    .idempotencyKey("ocsp-" + certificate.getSerialNumber().toString(16))
                    .build();
            byte[] der;
            try (HttpResponse r = pipeline.send(http);
                    InputStream in = r.body()) {
                der = in.readNBytes(1 << 20);
            }
            Optional<RevocationStatus> status = OcspEvidence.evaluate(der, certificate, issuer);
            status.ifPresent(
                    s -> cache.put(cacheKey, new Cached(s, Instant.now().plus(cacheFor))));
            return status;
        } catch (EgovException
                | IOException
                | OperatorCreationException
                | OCSPException
                | CertificateEncodingException e) {
            return Optional.empty();
        }
    }

    private URI responderOf(X509Certificate cert) {
        byte[] ext = cert.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (ext != null) {
            AuthorityInformationAccess aia = AuthorityInformationAccess.getInstance(
                    ASN1OctetString.getInstance(ext).getOctets());
            for (AccessDescription d : aia.getAccessDescriptions()) {
                if (d.getAccessMethod().equals(AccessDescription.id_ad_ocsp)
                        && d.getAccessLocation().getTagNo() == GeneralName.uniformResourceIdentifier) {
                    return URI.create(d.getAccessLocation().getName().toString());
                }
            }
        }
        return fixedResponder;
    }

    @Override
    public void close() {
        pipeline.close();
    }

    /** Builder: {@code endpoint} is the fallback responder for certificates without an AIA OCSP URL (optional). */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private Duration cacheFor = Duration.ofMinutes(10);
        private URI responder;

        private Builder() {}

        public Builder responder(URI responder) {
            this.responder = responder;
            return endpoint(responder);
        }

        public Builder cacheFor(Duration cacheFor) {
            this.cacheFor = cacheFor;
            return this;
        }

        public OcspRevocationSource build() {
            if (responder == null) {
                endpoint(URI.create("http://ocsp.invalid/"));
            }
            return new OcspRevocationSource(clientConfig(), responder, cacheFor);
        }
    }
}
