/** The sandbox's service simulations (WireMock transformers and state); not API, may change in any release. */
package io.github.egovsdk.testkit.internal;
