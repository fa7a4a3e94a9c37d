package io.github.egovsdk.edoc.vxp;

import java.util.Optional;

/**
 * Delivery of a sent package to one recipient ({@code getSentEdocList}).
 *
 * @param toCode          recipient agency
 * @param receiverDocId   the package id on the recipient's side
 * @param sendStatus      the axis' send status
 * @param receiveStatus   the recipient's transport status (e.g. done)
 * @param receiveStatusDesc its description
 * @param receivedTime    when the recipient took it, as sent by the axis
 */
public record SentDelivery(
        String toCode,
        String receiverDocId,
        String sendStatus,
        String receiveStatus,
        String receiveStatusDesc,
        String receivedTime) {

    /** {@link #receiveStatus} typed; empty before the recipient acknowledged (e.g. {@code initial}) or if unknown. */
    public Optional<TransportStatus> receiveTransportStatus() {
        return TransportStatus.fromCode(receiveStatus);
    }
}
