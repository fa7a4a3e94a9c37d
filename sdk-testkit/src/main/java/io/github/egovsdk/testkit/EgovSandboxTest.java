package io.github.egovsdk.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the embedded sandbox: started once for the whole run, reset before each test, and
 * injected as an {@link EgovSandbox} parameter.
 *
 * <pre>{@code
 * @EgovSandboxTest
 * class MyIntegrationTest {
 *     @Test
 *     void sends(EgovSandbox sandbox) { try (VxpClient axis = sandbox.axisClient(EgovSandbox.AGENCY_A)) { ... } }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EgovSandboxExtension.class)
public @interface EgovSandboxTest {
}
