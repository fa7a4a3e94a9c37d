package io.github.egovsdk.edoc.receive;

import io.github.egovsdk.edoc.vxp.TransportStatus;
import java.time.Duration;
import java.util.Optional;

/**
 * SPI: the receive loop's durable state per axis package — who holds it (a lease), which {@link ReceiveStep} was
 * reached, the outcome to acknowledge — and the edXML identities already handled, for deduplication. With it, an
 * instance killed at any point neither loses a package nor acknowledges one before it was handled, and instances
 * sharing the store never work on the same package at once.
 *
 * <p>{@link FileCheckpointStore} (one machine; OS file locks) is the default; {@link JdbcCheckpointStore} (PostgreSQL,
 * H2) serves several instances. Implementations are thread-safe and durable when a method returns.
 */
public interface CheckpointStore {

    /**
     * Claims a package for this instance for {@code lease}: empty when another instance holds an unexpired lease.
     * A package already acknowledged can be claimed (to re-acknowledge it when the axis still lists it long after).
     */
    Optional<ReceiveClaim> claim(String docId, Duration lease);

    /** Extends the lease; false when it was lost (expired and taken over by another instance). */
    boolean renew(ReceiveClaim claim, Duration lease);

    /** Gives the package up at once (after a failure): any instance may claim it on its next poll. */
    void release(ReceiveClaim claim);

    /**
     * Records a step (and the outcome, from {@link ReceiveStep#HANDLED} on), fenced by the claim's token; false when
     * the claim was lost. Recording {@link ReceiveStep#ACKNOWLEDGED} also ends the lease.
     *
     * @param identity the edXML identity handled under this package (with {@code HANDLED}), null otherwise
     */
    boolean advance(ReceiveClaim claim, ReceiveStep step, TransportStatus outcome, String identity);

    /** The package id under which an edXML identity was first handled, if any. */
    Optional<String> handledAs(String identity);
}
