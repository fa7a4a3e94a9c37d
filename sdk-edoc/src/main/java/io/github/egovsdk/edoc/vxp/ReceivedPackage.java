package io.github.egovsdk.edoc.vxp;

/**
 * A package waiting in the axis for this node ({@code getReceivedEdocList}).
 *
 * @param docId       the axis' id of the package (24 hex), distinct from the edXML DocumentId
 * @param messageType edoc or status
 * @param from        sender agency
 * @param to          recipient agency
 * @param status      the axis' transport status
 * @param createdTime as sent by the axis
 */
public record ReceivedPackage(String docId, String messageType, String from, String to, String status,
        String createdTime) {
}
