package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** {@code POST /__reset}: empties the sandbox's state, for test suites written in any language. */
public final class ResetTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-sandbox-reset";
    private final Runnable reset;

    public ResetTransformer(Runnable reset) {
        this.reset = reset;
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
        reset.run();
        return Responses.json(200, Responses.object().put("status", "RESET"));
    }
}
