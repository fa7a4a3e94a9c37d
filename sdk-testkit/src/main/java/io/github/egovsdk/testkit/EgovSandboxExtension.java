package io.github.egovsdk.testkit;

import io.github.egovsdk.edoc.vxp.VxpClient;
import java.util.Locale;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension behind {@link EgovSandboxTest}: one sandbox per JVM (kept in the root store, closed when the
 * test run ends), reset before each test, injected into parameters of type {@link EgovSandbox} or {@link SandboxPki},
 * and ready axis clients for parameters {@code @AxisClientOf("A") VxpClient a} (closed after the test).
 *
 * <p>Example:
 * <pre>{@code
 * @ExtendWith(EgovSandboxExtension.class)      // what @EgovSandboxTest declares
 * class SignedLetterTest {
 *     @Test
 *     void signsWithASandboxKey(SandboxPki pki) {
 *         SigningKey officer = pki.officerKey();  // chains to pki.root(), trust it to get TOTAL_PASSED
 *     }
 * }
 * }</pre>
 */
public final class EgovSandboxExtension implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(EgovSandboxExtension.class);

    /** The JVM-wide sandbox of this test run. */
    public static EgovSandbox sandbox(ExtensionContext context) {
        return context.getRoot()
                .getStore(NS)
                .getOrComputeIfAbsent("sandbox", k -> EgovSandbox.start(), EgovSandbox.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        sandbox(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == EgovSandbox.class
                || type == SandboxPki.class
                || type == VxpClient.class && parameter.isAnnotated(AxisClientOf.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        EgovSandbox sandbox = sandbox(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == VxpClient.class) {
            String role =
                    parameter.findAnnotation(AxisClientOf.class).orElseThrow().value();
            SandboxAgency agency =
                    switch (role.strip().toUpperCase(Locale.ROOT)) {
                        case "A" -> sandbox.agencyA();
                        case "B" -> sandbox.agencyB();
                        case "C" -> sandbox.agencyC();
                        default ->
                            throw new ParameterResolutionException("@AxisClientOf takes A, B or C, not '" + role + "'");
                    };
            VxpClient client = sandbox.axisClient(agency);
            // Stored in the test's own store: JUnit closes it when the test ends.
            context.getStore(NS).put("client-" + parameter.getIndex(), (AutoCloseable) client::close);
            return client;
        }
        return type == SandboxPki.class ? sandbox.pki() : sandbox;
    }
}
