/**
 * SDK-internal JSON support shared by the SDK's modules (the portal, payment, VXP, identity and remote-signing wire
 * mapping): one configured mapper over the SDK's own relocated Jackson copy
 * ({@code io.github.egovsdk.thirdparty.jackson}), so the SDK's JSON works whatever Jackson an application uses.
 *
 * <p>Public only so that every SDK module can use it without reaching into another module's {@code .internal}
 * package. It is not an API for applications: it may change in any release, and no public SDK type exposes it.
 */
package io.github.egovsdk.core.json;
