package io.github.egovsdk.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link io.github.egovsdk.edoc.vxp.VxpClient} parameter of an {@link EgovSandboxTest} method: inject a client
 * of the sandbox axis signed as that agency's node ({@code "A"}, {@code "B"} or {@code "C"}); closed after the test.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AxisClientOf {
    /** {@code "A"}, {@code "B"} or {@code "C"}. */
    String value();
}
