package io.github.egovsdk.edoc.vxp;

/**
 * A package waiting in the axis for this node ({@code getReceivedEdocList}).
 *
 * @param docId       the axis' id of the package (24 hex), distinct from the edXML DocumentId
 * @param messageType edoc or status (the type asked for when the axis leaves {@code messageType} out or sends one the
 *                    SDK does not know)
 * @param from        sender agency
 * @param to          recipient agency
 * @param status      the axis' transport status; {@code null} when the axis sends none or a value outside
 *                    {@code done}/{@code fail}/{@code processing} (a package not yet acknowledged, e.g.
 *                    {@code initial}) — {@code rawStatus} keeps what it sent
 * @param rawStatus   the transport status exactly as the axis sent it (may be {@code null})
 * @param createdTime as sent by the axis
 */
public record ReceivedPackage(
        String docId,
        MessageType messageType,
        String from,
        String to,
        TransportStatus status,
        String rawStatus,
        String createdTime) {}
