package io.github.egovsdk.signature.revocation;

import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.config.ClientBuilderBase;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import io.github.egovsdk.signature.internal.CrlEvidence;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * CRL (RFC 5280) over the SDK's HTTP pipeline: the HTTP(S) URLs of the certificate's CRL distribution points, or a
 * fixed URL (e.g. {@code http://ca.gov.vn/pki/pub/crl/cpcag2.crl}). A CRL is used only when the certificate's issuer
 * signed it, its thisUpdate is not in the future and its nextUpdate has not passed; it is cached until its nextUpdate
 * (at most {@code cacheFor}). LDAP distribution points are skipped. Thread-safe.
 */
public final class CrlRevocationSource implements RevocationSource, AutoCloseable {
    /** Large national CAs publish CRLs of several megabytes; beyond this a response is refused. */
    private static final int MAX_CRL_BYTES = 32 * 1024 * 1024;

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private final HttpPipeline pipeline;
    private final URI fixedUrl;
    private final Duration cacheFor;
    private final Map<URI, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(X509CRL crl, byte[] der, Instant until) {}

    private CrlRevocationSource(ClientConfig config, URI fixedUrl, Duration cacheFor) {
        this.pipeline = HttpPipeline.create(config);
        this.fixedUrl = fixedUrl;
        this.cacheFor = cacheFor;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<RevocationStatus> status(X509Certificate certificate, X509Certificate issuer) {
        for (URI url : distributionPoints(certificate)) {
            Cached crl = fetch(url);
            if (crl == null) {
                continue;
            }
            Optional<RevocationStatus> status = CrlEvidence.evaluate(crl.crl(), crl.der(), certificate, issuer);
            if (status.isPresent()) {
                return status;
            }
        }
        return Optional.empty();
    }

    /** The CRL at {@code url}, from the cache while fresh; null when unavailable, unreadable or out of date. */
    private Cached fetch(URI url) {
        Instant now = pipeline.config().clock().instant();
        Cached c = cache.get(url);
        if (c != null && now.isBefore(c.until())) {
            return c;
        }
        try (HttpResponse r = pipeline.send(HttpRequest.builder(HttpMethod.GET, url)
                        .header("Accept", "application/pkix-crl")
                        .build());
                InputStream in = r.body()) {
            byte[] der = in.readNBytes(MAX_CRL_BYTES + 1);
            X509CRL crl = der.length > MAX_CRL_BYTES ? null : CrlEvidence.parse(der);
            if (crl == null
                    || crl.getThisUpdate().toInstant().isAfter(now.plus(CLOCK_SKEW))
                    || crl.getNextUpdate() != null
                            && crl.getNextUpdate().toInstant().isBefore(now)) {
                return null;
            }
            Instant until = now.plus(cacheFor);
            if (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(until)) {
                until = crl.getNextUpdate().toInstant();
            }
            Cached fresh = new Cached(crl, der, until);
            cache.put(url, fresh);
            return fresh;
        } catch (EgovException | IOException e) {
            return null;
        }
    }

    private List<URI> distributionPoints(X509Certificate cert) {
        List<URI> out = new ArrayList<>();
        byte[] ext = cert.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (ext != null) {
            try {
                CRLDistPoint cdp = CRLDistPoint.getInstance(
                        ASN1OctetString.getInstance(ext).getOctets());
                for (DistributionPoint dp : cdp.getDistributionPoints()) {
                    DistributionPointName name = dp.getDistributionPoint();
                    if (name == null || name.getType() != DistributionPointName.FULL_NAME) {
                        continue;
                    }
                    for (GeneralName g :
                            GeneralNames.getInstance(name.getName()).getNames()) {
                        if (g.getTagNo() == GeneralName.uniformResourceIdentifier) {
                            String u = g.getName().toString();
                            if (u.toLowerCase(Locale.ROOT).startsWith("http")) {
                                out.add(URI.create(u));
                            }
                        }
                    }
                }
            } catch (IllegalArgumentException e) {
                // a malformed extension gives no distribution point
            }
        }
        if (out.isEmpty() && fixedUrl != null) {
            out.add(fixedUrl);
        }
        return out;
    }

    @Override
    public void close() {
        pipeline.close();
    }

    /** Builder: {@code crlUrl} is the fallback for certificates without an HTTP CRL distribution point (optional). */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private Duration cacheFor = Duration.ofHours(1);
        private URI crlUrl;

        private Builder() {}

        public Builder crlUrl(URI crlUrl) {
            this.crlUrl = crlUrl;
            return endpoint(crlUrl);
        }

        /** How long a CRL is reused at most (it is never reused after its nextUpdate). */
        public Builder cacheFor(Duration cacheFor) {
            this.cacheFor = cacheFor;
            return this;
        }

        public CrlRevocationSource build() {
            if (crlUrl == null) {
                endpoint(URI.create("http://crl.invalid/"));
            }
            return new CrlRevocationSource(clientConfig(), crlUrl, cacheFor);
        }
    }
}
