/**
 * Contract suites: the same JUnit 5 tests run against the sandbox and against a vendor's or an agency's staging system
 * (axis, portal, payment, identity, LGSP, civil status, health, TSA). Subclass a {@code XxxContract} and return its
 * target, e.g. {@link io.github.egovsdk.testkit.contract.AxisTarget#fromEnvironment()}.
 */
package io.github.egovsdk.testkit.contract;
