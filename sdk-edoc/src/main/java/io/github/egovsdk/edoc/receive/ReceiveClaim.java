package io.github.egovsdk.edoc.receive;

import io.github.egovsdk.edoc.vxp.TransportStatus;
import java.time.Instant;

/**
 * This instance's exclusive hold (lease) on one received package, as returned by {@link CheckpointStore#claim}: the
 * step recorded so far and, once handled, the outcome to acknowledge. Every write of a step is fenced by
 * {@code token}: after another instance took the package over, the old holder's writes are refused.
 *
 * @param docId          the axis package id
 * @param owner          the claiming instance
 * @param token          increases with every claim of this package
 * @param step           the last step recorded
 * @param outcome        the acknowledgement due ({@code DONE}/{@code FAIL}), null before {@link ReceiveStep#HANDLED}
 * @param acknowledgedAt when the outcome was acknowledged, null before that
 */
public record ReceiveClaim(
        String docId, String owner, long token, ReceiveStep step, TransportStatus outcome, Instant acknowledgedAt) {}
