package io.github.egovsdk.testkit;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** JUnit 5 extension behind {@link EgovSandboxTest}: one sandbox per test run, reset before each test. */
public final class EgovSandboxExtension implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(EgovSandboxExtension.class);

    private static EgovSandbox sandbox(ExtensionContext context) {
        return context.getRoot().getStore(NS).getOrComputeIfAbsent("sandbox", k -> new Holder(EgovSandbox.start()),
                Holder.class).sandbox;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        sandbox(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EgovSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return sandbox(context);
    }

    /** Closes the sandbox when the run ends. */
    private record Holder(EgovSandbox sandbox) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            sandbox.close();
        }
    }
}
