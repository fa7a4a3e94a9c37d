package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.math.BigInteger;
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

/** An RFC 3161 time-stamp authority of the sandbox PKI. */
public final class TsaTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-tsa";
    private final TimeStampResponseGenerator responses;
    private final AtomicLong serial = new AtomicLong(1);

    public TsaTransformer(SandboxPki pki) {
        try {
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                    .build("SHA256withRSA", pki.tsaKeys.getPrivate(), pki.tsa),
                    new JcaDigestCalculatorProviderBuilder().build()
                            .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.1"));
            tokens.addCertificates(new JcaCertStore(List.of(pki.tsa, pki.ca)));
            this.responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the sandbox TSA", e);
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
            TimeStampRequest req = new TimeStampRequest(event.getRequest().getBody());
            byte[] body = responses.generate(req, BigInteger.valueOf(serial.getAndIncrement()), new Date()).getEncoded();
            return new ResponseDefinitionBuilder().withStatus(200)
                    .withHeader("Content-Type", "application/timestamp-reply").withBody(body).build();
        } catch (Exception e) {
            return new ResponseDefinitionBuilder().withStatus(400).withBody("bad time-stamp request").build();
        }
    }
}
