package io.github.egovsdk.signature.revocation;

import io.github.egovsdk.core.config.ClientBuilderBase;
import io.github.egovsdk.core.config.ClientConfig;
import io.github.egovsdk.core.http.HttpMethod;
import io.github.egovsdk.core.http.HttpPipeline;
import io.github.egovsdk.core.http.HttpRequest;
import io.github.egovsdk.core.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;

/**
 * The issuer certificates a certificate names in its Authority Information Access {@code id-ad-caIssuers} HTTP
 * URLs (RFC 5280 §4.2.2.1: a DER certificate or a certs-only CMS), over the SDK's HTTP pipeline. Used to complete a
 * chain when the key store holds only the signer (and perhaps its issuing CA). Thread-safe.
 */
public final class AiaIssuerSource implements AutoCloseable {
    private static final int MAX_BYTES = 1024 * 1024;
    private final HttpPipeline pipeline;

    private AiaIssuerSource(ClientConfig config) {
        this.pipeline = HttpPipeline.create(config);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The certificates found at {@code certificate}'s caIssuers URLs; empty when it has none or none answers. */
    public List<X509Certificate> issuers(X509Certificate certificate) {
        List<X509Certificate> out = new ArrayList<>();
        for (URI url : caIssuers(certificate)) {
            try (HttpResponse r = pipeline.send(
                            HttpRequest.builder(HttpMethod.GET, url).build());
                    InputStream in = r.body()) {
                byte[] body = in.readNBytes(MAX_BYTES + 1);
                if (r.statusCode() / 100 != 2 || body.length > MAX_BYTES) {
                    continue;
                }
                for (var c :
                        CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(body))) {
                    out.add((X509Certificate) c);
                }
            } catch (IOException | CertificateException | RuntimeException e) {
                // an unreachable or unreadable URL gives no issuer; the caller refuses clearly
            }
        }
        return out;
    }

    static List<URI> caIssuers(X509Certificate certificate) {
        List<URI> out = new ArrayList<>();
        byte[] ext = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (ext == null) {
            return out;
        }
        try {
            AuthorityInformationAccess aia = AuthorityInformationAccess.getInstance(
                    ASN1OctetString.getInstance(ext).getOctets());
            for (AccessDescription d : aia.getAccessDescriptions()) {
                GeneralName g = d.getAccessLocation();
                if (AccessDescription.id_ad_caIssuers.equals(d.getAccessMethod())
                        && g.getTagNo() == GeneralName.uniformResourceIdentifier) {
                    String u = g.getName().toString();
                    if (u.toLowerCase(Locale.ROOT).startsWith("http")) {
                        out.add(URI.create(u));
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed extension names no issuer
        }
        return out;
    }

    @Override
    public void close() {
        pipeline.close();
    }

    /** Builder: the shared client vocabulary (timeouts, proxy, transport…); no endpoint needed. */
    public static final class Builder extends ClientBuilderBase<Builder> {
        private Builder() {
            endpoint(URI.create("http://aia.invalid/"));
        }

        public AiaIssuerSource build() {
            return new AiaIssuerSource(clientConfig());
        }
    }
}
