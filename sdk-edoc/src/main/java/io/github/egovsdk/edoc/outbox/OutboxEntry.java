package io.github.egovsdk.edoc.outbox;

/**
 * One outgoing message of the outbox as stored.
 *
 * @param id         the outbox id (returned by {@link JdbcOutbox#enqueue})
 * @param kind       {@code edoc} or {@code status}
 * @param documentId the edXML {@code DocumentId} of the message (the identity receivers deduplicate on), if any
 * @param state      {@code PENDING}, {@code SENDING}, {@code SENT} or {@code FAILED}
 * @param attempts   send attempts so far
 * @param axisDocId  the axis' DocId once sent
 * @param lastError  the last failure, redacted
 */
public record OutboxEntry(
        long id, String kind, String documentId, String state, int attempts, String axisDocId, String lastError) {}
