package io.github.egovsdk.edoc.receive;

import io.github.egovsdk.edoc.ParsedEdxml;
import java.nio.file.Path;

/**
 * Your code that records a received message. Called at least once per package: use {@code docId} as the
 * idempotency key (a crash after your handler succeeded but before the checkpoint was written calls it again).
 */
@FunctionalInterface
public interface EdocHandler {

    /**
     * @param docId   the axis package id — the idempotency key
     * @param message the parsed message (attachments in {@code staged}'s folder)
     * @param staged  the downloaded edXML file, deleted after acknowledgement
     */
    void handle(String docId, ParsedEdxml message, Path staged) throws Exception;
}
