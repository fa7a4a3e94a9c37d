package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.function.Function;

/**
 * {@code GET /pki/{name}}: the sandbox PKI's CRLs ({@code .crl}, {@code application/pkix-crl}) and CA certificates
 * ({@code .cer}, {@code application/pkix-cert}) named in its certificates' CRL distribution points and AIA.
 */
public final class PkiTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-sandbox-pki";
    private final Function<String, byte[]> published;

    public PkiTransformer(Function<String, byte[]> published) {
        this.published = published;
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
        String url = event.getRequest().getUrl();
        String name = url.substring(url.lastIndexOf('/') + 1);
        byte[] body = published.apply(name);
        if (body == null) {
            return new ResponseDefinitionBuilder().withStatus(404).build();
        }
        return new ResponseDefinitionBuilder()
                .withStatus(200)
                .withHeader("Content-Type", name.endsWith(".crl") ? "application/pkix-crl" : "application/pkix-cert")
                .withBody(body)
                .build();
    }
}
