package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/** The sandbox's RFC 3161 time-stamp authority ({@code POST /tsa}, {@code application/timestamp-query}). */
public final class TsaTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-sandbox-tsa";
    /** A policy OID under the "example" arc: sandbox time-stamps claim no real policy. */
    private static final String POLICY = "1.3.6.1.4.1.99999.1.1";

    private final TimeStampResponseGenerator generator;
    private final AtomicLong serial = new AtomicLong(1);

    public TsaTransformer(PrivateKey key, X509Certificate tsa, List<X509Certificate> chain) {
        try {
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", key, tsa),
                    new JcaDigestCalculatorProviderBuilder()
                            .build()
                            .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier(POLICY));
            tokens.addCertificates(new JcaCertStore(chain));
            generator = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot set up the sandbox TSA", e);
        }
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
            TimeStampRequest request = new TimeStampRequest(event.getRequest().getBody());
            byte[] body;
            synchronized (generator) {
                body = generator
                        .generate(request, BigInteger.valueOf(serial.getAndIncrement()), new Date())
                        .getEncoded();
            }
            return new ResponseDefinitionBuilder()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/timestamp-reply")
                    .withBody(body)
                    .build();
        } catch (Exception e) {
            return new ResponseDefinitionBuilder()
                    .withStatus(400)
                    .withHeader("Content-Type", "text/plain")
                    .withBody("Not an RFC 3161 time-stamp request")
                    .build();
        }
    }
}
