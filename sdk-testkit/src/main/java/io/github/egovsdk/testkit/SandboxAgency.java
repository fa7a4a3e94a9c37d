package io.github.egovsdk.testkit;

/**
 * An agency of the sandbox axis with the node (system id) it is registered under and that node's secret. The data
 * is synthetic and obviously fake: never use these secrets elsewhere.
 *
 * @param organId  agency code
 * @param name     agency name
 * @param systemId the VXP node
 * @param secret   the node's HMAC secret (sandbox only)
 */
public record SandboxAgency(String organId, String name, String systemId, String secret) {
}
