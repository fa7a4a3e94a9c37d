package io.github.egovsdk.edoc.receive;

import io.github.egovsdk.edoc.ParsedEdxml;
import java.nio.file.Path;
import java.sql.Connection;

/**
 * Your code that records a received message in the same database as a {@link JdbcCheckpointStore}: write through
 * {@code transaction} (do not commit or close it). The receive loop records the checkpoint in that transaction and
 * commits both at once, so your writes take effect exactly once per document even though the handler may be called
 * again after a crash (an uncommitted call leaves nothing behind).
 */
@FunctionalInterface
public interface TransactionalEdocHandler {

    /**
     * @param docId       the axis package id
     * @param message     the parsed message (attachments in {@code staged}'s folder)
     * @param staged      the downloaded edXML file, deleted after acknowledgement
     * @param transaction the open transaction, committed by the receive loop after this method returns
     */
    void handle(String docId, ParsedEdxml message, Path staged, Connection transaction) throws Exception;
}
