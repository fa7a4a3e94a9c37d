/**
 * The send outbox (hộp thư đi): outgoing documents and status messages inserted in the application's own
 * transaction, drained to the axis by an {@link io.github.egovsdk.edoc.outbox.OutboxSender} on any instance.
 */
package io.github.egovsdk.edoc.outbox;
