package io.github.egovsdk.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the embedded sandbox: started once per JVM, state reset before each test, and
 * {@link EgovSandbox} / {@link SandboxPki} injected as test or
 * lifecycle method parameters.
 *
 * <p>Example:
 * <pre>{@code
 * @EgovSandboxTest                      // one sandbox per JVM, state reset before each test
 * class MyAxisIntegrationTest {
 *     @Test
 *     void sends(EgovSandbox sandbox, @AxisClientOf("A") VxpClient a, @AxisClientOf("C") VxpClient c) {
 *         a.sendDocument(Path.of("letter.edxml"), sandbox.agencyA().organId());
 *         assertThat(c.countReceived(MessageType.EDOC)).isEqualTo(1);
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(EgovSandboxExtension.class)
public @interface EgovSandboxTest {}
