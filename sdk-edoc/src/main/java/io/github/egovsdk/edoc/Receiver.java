package io.github.egovsdk.edoc;

/**
 * A recipient in an update's {@code ReceiverList}; {@code receiverType} is kept raw ({@code 0}/{@code 1}) because no
 * public source defines it.
 */
public record Receiver(String organId, String receiverType) {}
