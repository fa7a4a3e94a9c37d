package io.github.egovsdk.edoc.receive;

/**
 * SPI: remembers, per axis package id, that a message was handled and that it was acknowledged — so a receiver that
 * crashes at any point neither loses a message nor acknowledges one before it was handled. Back it with your
 * database (same transaction as your handler's writes, ideally); {@link FileCheckpointStore} is the default.
 * Implementations must be thread-safe and durable when a method returns.
 */
public interface CheckpointStore {

    boolean isHandled(String docId);

    void markHandled(String docId);

    boolean isAcknowledged(String docId);

    void markAcknowledged(String docId);
}
