package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The sandbox OCSP responder (RFC 6960) for certificates of the sandbox issuing CA: {@code POST /ocsp} (or
 * {@code GET /ocsp/{base64 request}}), good / revoked / unknown, signed by the issuing CA itself, nonce echoed.
 */
public final class OcspTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-sandbox-ocsp";
    private final X509Certificate issuer;
    private final PrivateKey issuerKey;
    private final Function<BigInteger, Optional<Instant>> revocation;

    /**
     * @param revocation for a serial: {@code null} = never issued, empty = good, a time = revoked since then
     */
    public OcspTransformer(
            X509Certificate issuer, PrivateKey issuerKey, Function<BigInteger, Optional<Instant>> revocation) {
        this.issuer = issuer;
        this.issuerKey = issuerKey;
        this.revocation = revocation;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        try {
            byte[] der = event.getRequest().getBody();
            String url = event.getRequest().getUrl();
            if ((der == null || der.length == 0) && url.startsWith("/ocsp/")) {
                der = Base64.getDecoder().decode(URLDecoder.decode(url.substring(6), StandardCharsets.US_ASCII));
            }
            return ok(answer(new OCSPReq(der)));
        } catch (Exception e) {
            try {
                return ok(new OCSPRespBuilder()
                        .build(OCSPRespBuilder.MALFORMED_REQUEST, null)
                        .getEncoded());
            } catch (Exception impossible) {
                return new ResponseDefinitionBuilder().withStatus(500).build();
            }
        }
    }

    private byte[] answer(OCSPReq request) throws Exception {
        DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
        X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
        BasicOCSPRespBuilder builder =
                new JcaBasicOCSPRespBuilder(issuer.getPublicKey(), digests.get(CertificateID.HASH_SHA1));
        Instant now = Instant.now();
        for (Req r : request.getRequestList()) {
            CertificateID id = r.getCertID();
            CertificateStatus status;
            Optional<Instant> revoked =
                    id.matchesIssuer(issuerHolder, digests) ? revocation.apply(id.getSerialNumber()) : null;
            if (revoked == null) {
                status = new UnknownStatus();
            } else if (revoked.isPresent()) {
                status = new RevokedStatus(Date.from(revoked.get()), CRLReason.keyCompromise);
            } else {
                status = CertificateStatus.GOOD;
            }
            builder.addResponse(id, status, Date.from(now), Date.from(now.plus(Duration.ofDays(1))), null);
        }
        Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null) {
            builder.setResponseExtensions(new Extensions(nonce));
        }
        var basic = builder.build(
                new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey),
                new X509CertificateHolder[] {issuerHolder},
                Date.from(now));
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
    }

    private static ResponseDefinition ok(byte[] body) {
        return new ResponseDefinitionBuilder()
                .withStatus(200)
                .withHeader("Content-Type", "application/ocsp-response")
                .withBody(body)
                .build();
    }
}
