package io.github.egovsdk.edoc.receive;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.edoc.EdxmlReader;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.ParsedEdxml;
import io.github.egovsdk.edoc.ResponseFor;
import io.github.egovsdk.edoc.StatusCode;
import io.github.egovsdk.edoc.StatusMessage;
import io.github.egovsdk.edoc.vxp.MessageType;
import io.github.egovsdk.edoc.vxp.ReceivedPackage;
import io.github.egovsdk.edoc.vxp.TransportStatus;
import io.github.egovsdk.edoc.vxp.VxpClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receive loop: lists waiting packages, downloads each to a staging file, parses it, hands it to your
 * {@link EdocHandler} and only then acknowledges {@code done} to the axis. A {@link CheckpointStore} makes it
 * crash-safe: stopped at any point and restarted, no message is lost and none is acknowledged before it was handled.
 * A message that cannot be parsed is acknowledged {@code fail} so it does not block the queue; a handler failure is
 * acknowledged per {@link HandlerFailure}. Optionally sends status 01 (đã đến) for each document.
 */
public final class EdocReceiver {
    private static final Logger LOG = LoggerFactory.getLogger(EdocReceiver.class);
    private final VxpClient client;
    private final Path staging;
    private final CheckpointStore checkpoints;
    private final EdocHandler handler;
    private final HandlerFailure onHandlerFailure;
    private final MessageType messageType;
    private final Organization self;
    private final Clock clock;

    /** What to tell the axis when the handler throws. */
    public enum HandlerFailure {
        /** Leave it unacknowledged: it will be offered again on the next poll (transient failures). */
        RETRY,
        /** Acknowledge {@code fail}: the axis stops offering it (permanent failures). */
        ACKNOWLEDGE_FAIL
    }

    private EdocReceiver(Builder b) {
        this.client = Objects.requireNonNull(b.client, "client");
        this.staging = Objects.requireNonNull(b.staging, "stagingDirectory");
        this.handler = Objects.requireNonNull(b.handler, "handler");
        this.checkpoints = b.checkpoints != null ? b.checkpoints : new FileCheckpointStore(staging.resolve(".checkpoints"));
        this.onHandlerFailure = b.onHandlerFailure;
        this.messageType = b.messageType;
        this.self = b.arrivedStatusFrom;
        this.clock = b.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** One pass over the waiting packages; returns how many were handled in this pass. */
    public int pollOnce() {
        int handled = 0;
        for (ReceivedPackage p : client.listReceived(messageType)) {
            if (processOne(p.docId())) {
                handled++;
            }
        }
        return handled;
    }

    private boolean processOne(String docId) {
        if (checkpoints.isAcknowledged(docId)) {
            // Acknowledged before a crash but listed again: tell the axis once more, idempotently.
            client.updateStatus(docId, TransportStatus.DONE);
            return false;
        }
        Path dir = staging.resolve(docId);
        Path file = dir.resolve(docId + ".edxml");
        boolean handledNow = false;
        if (!checkpoints.isHandled(docId)) {
            ParsedEdxml message;
            try {
                if (!Files.exists(file)) {
                    Files.createDirectories(dir);
                    client.download(docId, file);
                }
                message = EdxmlReader.builder().attachmentDirectory(dir.resolve("attachments")).build().read(file);
            } catch (EgovClientException unreadable) {
                LOG.warn("Package {} cannot be parsed; acknowledging 'fail': {}", docId,
                        Redactor.redact(unreadable.getMessage()));
                client.updateStatus(docId, TransportStatus.FAIL);
                checkpoints.markAcknowledged(docId);
                deleteTree(dir);
                return false;
            } catch (IOException e) {
                throw new EgovClientException("Cannot stage package " + docId + ": " + e.getMessage(), e);
            }
            try {
                handler.handle(docId, message, file);
            } catch (Exception e) {
                LOG.warn("Handler failed for package {}: {}", docId, Redactor.redact(String.valueOf(e.getMessage())));
                if (onHandlerFailure == HandlerFailure.ACKNOWLEDGE_FAIL) {
                    client.updateStatus(docId, TransportStatus.FAIL);
                    checkpoints.markAcknowledged(docId);
                    deleteTree(dir);
                }
                return false;
            }
            checkpoints.markHandled(docId);
            handledNow = true;
            if (self != null && message.kind() == ParsedEdxml.Kind.EDOC) {
                sendArrived(message, dir);
            }
        }
        client.updateStatus(docId, TransportStatus.DONE);
        checkpoints.markAcknowledged(docId);
        deleteTree(dir);
        return handledNow;
    }

    private void sendArrived(ParsedEdxml message, Path dir) {
        try {
            ResponseFor about = new ResponseFor(message.from().organId(), message.codeNumber() + "/"
                    + message.codeNotation(), message.documentId(), message.promulgationDateRaw());
            StatusMessage status = StatusMessage.of(self, about, StatusCode.ARRIVED,
                    LocalDateTime.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))));
            Path file = dir.resolve("status-01.edxml");
            EdxmlWriter.standard().write(status, file);
            client.sendStatus(file, self.organId());
        } catch (EgovException e) {
            // The document is handled; a failed courtesy status must not make it be handled twice.
            LOG.warn("Could not send status 01 for {}: {}", message.documentId(), Redactor.redact(e.getMessage()));
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // left for the next cleanup
                }
            });
        } catch (IOException ignored) {
            // staging leftovers are harmless
        }
    }

    /** Builder of {@link EdocReceiver}. */
    public static final class Builder {
        private VxpClient client;
        private Path staging;
        private CheckpointStore checkpoints;
        private EdocHandler handler;
        private HandlerFailure onHandlerFailure = HandlerFailure.RETRY;
        private MessageType messageType = MessageType.EDOC;
        private Organization arrivedStatusFrom;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        public Builder client(VxpClient client) {
            this.client = client;
            return this;
        }

        public Builder stagingDirectory(Path staging) {
            this.staging = staging;
            return this;
        }

        public Builder checkpoints(CheckpointStore checkpoints) {
            this.checkpoints = checkpoints;
            return this;
        }

        public Builder handler(EdocHandler handler) {
            this.handler = handler;
            return this;
        }

        public Builder onHandlerFailure(HandlerFailure policy) {
            this.onHandlerFailure = Objects.requireNonNull(policy);
            return this;
        }

        /** Receive documents (default) or status messages. */
        public Builder messageType(MessageType messageType) {
            this.messageType = Objects.requireNonNull(messageType);
            return this;
        }

        /** Send status 01 (đã đến) from this agency for every document handled. */
        public Builder sendArrivedStatusAs(Organization self) {
            this.arrivedStatusFrom = self;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public EdocReceiver build() {
            return new EdocReceiver(this);
        }
    }
}
