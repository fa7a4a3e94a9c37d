package io.github.egovsdk.edoc.receive;

import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.edoc.EdxmlFormatException;
import io.github.egovsdk.edoc.EdxmlReader;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.ParsedEdxml;
import io.github.egovsdk.edoc.ResponseFor;
import io.github.egovsdk.edoc.StatusCode;
import io.github.egovsdk.edoc.StatusMessage;
import io.github.egovsdk.edoc.vxp.MessageType;
import io.github.egovsdk.edoc.vxp.ReceivedPackage;
import io.github.egovsdk.edoc.vxp.TransportStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One package taken through the checkpointed steps by the instance holding its claim: NEW (download, parse, dedup,
 * handler) → HANDLED → STATUS_DONE (status 01, when due) → ACKNOWLEDGED. Every fault ends the run with the claim
 * released and the step reached kept; the next run, here or on another instance, resumes there.
 */
final class PackageRun {
    private static final Logger LOG = LoggerFactory.getLogger(EdocReceiver.class);
    private final EdocReceiver r;
    private final ReceivedPackage pkg;
    private final String docId;
    private final Instant listedAt;
    private ReceiveClaim claim;
    private Path dir;
    private ParsedEdxml message;
    private boolean handedOn;
    private boolean statusSettled;

    /** Thrown inside the handler's transaction to roll it back. */
    private static final class Rollback extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Optional<String> duplicateOf;

        Rollback(Optional<String> duplicateOf) {
            super(null, null, false, false);
            this.duplicateOf = duplicateOf;
        }
    }

    /** Ends the run early, leaving the package for a later poll. */
    private static final class Deferred extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Deferred() {
            super(null, null, false, false);
        }
    }

    PackageRun(EdocReceiver receiver, ReceivedPackage pkg, Instant listedAt) {
        this.r = receiver;
        this.pkg = pkg;
        this.docId = pkg.docId();
        this.listedAt = listedAt;
    }

    /** Returns whether the handler was called (and its outcome recorded) in this run. */
    boolean run() {
        try {
            Optional<ReceiveClaim> c = r.checkpoints.claim(docId, r.lease);
            if (c.isEmpty()) {
                return false; // another instance is on it
            }
            claim = c.get();
        } catch (RuntimeException e) {
            defer(e);
            return false;
        }
        if (claim.step() == ReceiveStep.ACKNOWLEDGED) {
            reacknowledge();
            return false;
        }
        boolean recovering = claim.step() != ReceiveStep.NEW;
        LeaseKeeper.Held held = null;
        try {
            dir = r.staging.open(claim);
            held = r.leases.hold(claim, dir);
            ReceiveStep step = claim.step();
            TransportStatus outcome = claim.outcome();
            if (step == ReceiveStep.NEW) {
                outcome = handle();
                step = ReceiveStep.HANDLED;
            }
            boolean statusDue = outcome == TransportStatus.DONE && !statusSettled && arrivedStatusDue();
            if (step == ReceiveStep.HANDLED && statusDue) {
                sendArrived();
                advance(ReceiveStep.STATUS_DONE, outcome, null);
            }
            // Only a live holder acknowledges (narrows the window of an instance whose lease lapsed unnoticed).
            if (!r.checkpoints.renew(claim, r.lease)) {
                throw new Deferred();
            }
            // After a crash the acknowledgement may have reached the axis already: a package no longer listed was.
            if (!recovering || r.stillListed(docId)) {
                r.client.updateStatus(docId, outcome);
            }
            advance(ReceiveStep.ACKNOWLEDGED, outcome, null);
        } catch (Deferred stop) {
            release();
        } catch (RuntimeException e) {
            defer(e);
            release();
        } finally {
            if (held != null) {
                held.close();
            }
            if (dir != null) {
                r.staging.close(dir);
            }
        }
        return handedOn;
    }

    /** NEW → HANDLED: returns the outcome recorded. */
    private TransportStatus handle() {
        Path file = dir.resolve(docId + ".edxml");
        r.client.download(docId, file); // any failure here is the axis' or ours, never the document's: deferred
        try {
            message = EdxmlReader.builder()
                    .attachmentDirectory(dir.resolve("attachments"))
                    .build()
                    .read(file);
        } catch (RuntimeException e) {
            if (ReceiveFaults.isLocal(e)) {
                throw e;
            }
            EgovException unreadable = e instanceof EgovException ee
                    ? ee
                    : new EdxmlFormatException("Package " + docId + " is not readable edXML: " + e, e);
            LOG.warn(
                    "Package {} cannot be parsed; acknowledging 'fail': {}",
                    docId,
                    Redactor.redact(String.valueOf(unreadable.getMessage())));
            r.listener.unreadable(docId, unreadable);
            advance(ReceiveStep.HANDLED, TransportStatus.FAIL, null);
            return TransportStatus.FAIL;
        }
        String identity = EdxmlIdentity.of(message, pkg.to());
        if (r.deduplicate) {
            Optional<String> first = r.checkpoints.handledAs(identity).filter(d -> !d.equals(docId));
            if (first.isPresent()) {
                return duplicate(first.get());
            }
        }
        try {
            if (r.transactionalHandler != null) {
                handleInTransaction(file, identity);
            } else {
                try {
                    r.handler.handle(docId, message, file);
                } catch (Exception e) {
                    throw new HandlerException(e);
                }
                handedOn = true;
                advance(ReceiveStep.HANDLED, TransportStatus.DONE, identity);
            }
            return TransportStatus.DONE;
        } catch (Rollback rb) {
            if (rb.duplicateOf.isPresent()) {
                return duplicate(rb.duplicateOf.get());
            }
            throw new Deferred(); // the claim was lost: the new holder goes on
        } catch (HandlerException failed) {
            Exception e = (Exception) failed.getCause();
            LOG.warn("Handler failed for package {}: {}", docId, Redactor.redact(String.valueOf(e.getMessage())));
            r.listener.handlerFailed(docId, e);
            if (r.onHandlerFailure == EdocReceiver.HandlerFailure.RETRY) {
                throw new Deferred();
            }
            advance(ReceiveStep.HANDLED, TransportStatus.FAIL, null);
            return TransportStatus.FAIL;
        }
    }

    private void handleInTransaction(Path file, String identity) {
        JdbcCheckpointStore store = (JdbcCheckpointStore) r.checkpoints;
        store.database().inTransaction(c -> {
            try {
                r.transactionalHandler.handle(docId, message, file, c);
            } catch (Exception e) {
                throw new HandlerException(e);
            }
            if (!store.advance(c, claim, ReceiveStep.HANDLED, TransportStatus.DONE, identity)) {
                throw new Rollback(Optional.empty());
            }
            // Another package with the same document may have committed first (we waited on its row): then ours is
            // the duplicate and the handler's writes go back.
            Optional<String> owner = store.handledAs(c, identity);
            if (r.deduplicate && owner.isPresent() && !owner.get().equals(docId)) {
                throw new Rollback(owner);
            }
            return null;
        });
        handedOn = true;
    }

    /** A checked exception of the transactional handler, carried out of the transaction. */
    private static final class HandlerException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HandlerException(Exception cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private TransportStatus duplicate(String first) {
        LOG.info(
                "Package {} repeats the document handled as {}; acknowledging without handling it again", docId, first);
        r.listener.duplicate(docId, first);
        advance(ReceiveStep.HANDLED, TransportStatus.DONE, null);
        advance(ReceiveStep.STATUS_DONE, TransportStatus.DONE, null);
        statusSettled = true; // the first package's status 01 stands for both
        return TransportStatus.DONE;
    }

    private boolean arrivedStatusDue() {
        return r.self != null && r.messageType == MessageType.EDOC;
    }

    /**
     * HANDLED → STATUS_DONE: status 01. A transport failure or a 5xx defers the package (status and acknowledgement
     * follow on a later poll); a refusal (the axis will never take it) is logged and the package acknowledged.
     */
    private void sendArrived() {
        if (message == null) {
            // resumed after a crash: the status needs the document's identity again
            Path file = dir.resolve(docId + ".edxml");
            r.client.download(docId, file);
            message = EdxmlReader.builder().build().read(file);
        }
        if (message.kind() != ParsedEdxml.Kind.EDOC) {
            return;
        }
        ResponseFor about = new ResponseFor(
                message.from().organId(),
                message.codeNumber() + "/" + message.codeNotation(),
                message.documentId(),
                message.promulgationDateRaw());
        StatusMessage status = StatusMessage.of(
                r.self, about, StatusCode.ARRIVED, LocalDateTime.now(r.clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))));
        Path file = dir.resolve("status-01.edxml");
        EdxmlWriter.standard().write(status, file);
        try {
            r.client.sendStatus(file, r.self.organId());
        } catch (EgovTransportException e) {
            throw e;
        } catch (EgovServiceException e) {
            if (e.statusCode() >= 500) {
                throw e; // the axis is unavailable: send it on a later poll
            }
            LOG.warn("The axis refused status 01 for {}: {}", message.documentId(), Redactor.redact(e.getMessage()));
        } catch (EgovException e) {
            LOG.warn("The axis refused status 01 for {}: {}", message.documentId(), Redactor.redact(e.getMessage()));
        }
    }

    /** Listed long after its acknowledgement: the axis lost it; acknowledge the recorded outcome again. */
    private void reacknowledge() {
        try {
            if (claim.acknowledgedAt() != null
                    && listedAt.isAfter(claim.acknowledgedAt().plus(r.reacknowledgeAfter))) {
                r.client.updateStatus(docId, claim.outcome());
                advance(ReceiveStep.ACKNOWLEDGED, claim.outcome(), null);
            } else {
                release(); // a listing older than our acknowledgement
            }
        } catch (RuntimeException e) {
            defer(e);
            release();
        }
    }

    private void advance(ReceiveStep step, TransportStatus outcome, String identity) {
        if (!r.checkpoints.advance(claim, step, outcome, identity)) {
            LOG.info("Lost the claim on package {} (lease expired); another instance continues", docId);
            throw new Deferred();
        }
    }

    private void defer(RuntimeException e) {
        LOG.warn("Package {} left for the next poll: {}", docId, Redactor.redact(String.valueOf(e.getMessage())));
        r.listener.deferred(docId, e);
    }

    private void release() {
        try {
            r.checkpoints.release(claim);
        } catch (RuntimeException e) {
            LOG.debug("Release of {} failed; its lease lapses instead: {}", docId, e.getMessage());
        }
    }
}
