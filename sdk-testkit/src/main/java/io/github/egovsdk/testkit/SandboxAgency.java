package io.github.egovsdk.testkit;

/**
 * An agency (cơ quan) registered on the sandbox axis, with the node (trung tâm liên thông) it connects through.
 * Synthetic: the codes have the QCVN 102 shape but the secrets and names belong to the sandbox only.
 *
 * @param organId  the agency's identifier, used as edXML {@code OrganId} and as the axis {@code from} header
 * @param name     display name
 * @param systemId the node's system id ({@code XroadVnpt-systemid})
 * @param secret   the node's HMAC secret on the sandbox axis
 */
public record SandboxAgency(String organId, String name, String systemId, String secret) {

    @Override
    public String toString() {
        return "SandboxAgency[" + organId + ", " + name + ", systemId=" + systemId + ", secret=***]";
    }
}
