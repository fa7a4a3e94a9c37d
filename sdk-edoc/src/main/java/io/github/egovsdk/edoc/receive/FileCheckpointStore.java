package io.github.egovsdk.edoc.receive;

import io.github.egovsdk.core.EgovClientException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A {@link CheckpointStore} on disk: one empty marker file per state and package ({@code handled/<docId>},
 * {@code acked/<docId>}), created and fsynced before the method returns, so the state survives a crash.
 */
public final class FileCheckpointStore implements CheckpointStore {
    private final Path handled;
    private final Path acked;

    public FileCheckpointStore(Path directory) {
        try {
            this.handled = Files.createDirectories(directory.resolve("handled"));
            this.acked = Files.createDirectories(directory.resolve("acked"));
        } catch (IOException e) {
            throw new EgovClientException("Cannot create the checkpoint folder " + directory, e);
        }
    }

    @Override
    public boolean isHandled(String docId) {
        return Files.exists(handled.resolve(safe(docId)));
    }

    @Override
    public void markHandled(String docId) {
        mark(handled.resolve(safe(docId)));
    }

    @Override
    public boolean isAcknowledged(String docId) {
        return Files.exists(acked.resolve(safe(docId)));
    }

    @Override
    public void markAcknowledged(String docId) {
        mark(acked.resolve(safe(docId)));
    }

    private static void mark(Path marker) {
        try (FileChannel ch = FileChannel.open(marker, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (FileAlreadyExistsException already) {
            // idempotent
        } catch (IOException e) {
            throw new EgovClientException("Cannot record checkpoint " + marker + ": " + e.getMessage(), e);
        }
    }

    /** Axis ids are hex; anything else is refused rather than used as a path. */
    private static String safe(String docId) {
        if (docId == null || !docId.matches("[A-Za-z0-9._-]{1,128}") || docId.startsWith(".")) {
            throw new EgovClientException("Unexpected package id from the axis: " + docId);
        }
        return docId;
    }
}
