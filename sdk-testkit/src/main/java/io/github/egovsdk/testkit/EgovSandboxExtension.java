package io.github.egovsdk.testkit;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension behind {@link EgovSandboxTest}: one sandbox per JVM (kept in the root store, closed when the
 * test run ends), reset before each test, injected into parameters of type {@link EgovSandbox} or {@link SandboxPki}.
 */
public final class EgovSandboxExtension implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(EgovSandboxExtension.class);

    /** The JVM-wide sandbox of this test run. */
    public static EgovSandbox sandbox(ExtensionContext context) {
        return context.getRoot().getStore(NS).getOrComputeIfAbsent("sandbox", k -> EgovSandbox.start(),
                EgovSandbox.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        sandbox(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == EgovSandbox.class || type == SandboxPki.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        EgovSandbox sandbox = sandbox(context);
        return parameter.getParameter().getType() == SandboxPki.class ? sandbox.pki() : sandbox;
    }
}
