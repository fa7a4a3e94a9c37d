package io.github.egovsdk.edoc.receive;

import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.ParsedEdxml;
import io.github.egovsdk.edoc.ResponseFor;
import io.github.egovsdk.edoc.internal.EdxmlDates;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Follows the documents an agency sent: correlates incoming status messages with them — by {@code ResponseFor}
 * DocumentId, then by (OrganId, code, promulgation date) — and keeps each recipient's latest status (a duplicate or
 * late-arriving older status changes nothing). State in a {@link TrackerStore}: memory by default,
 * {@link JdbcTrackerStore} for several instances. Thread-safe.
 *
 * <p>Example:
 * <pre>{@code
 * EdocTracker tracker = new EdocTracker();          // or new EdocTracker(JdbcTrackerStore.create(db)) in a cluster
 * tracker.sent(sentDoc);
 * tracker.onStatus(statusMessage);                  // a status received by your receive loop
 * Map<String, EdocTracker.RecipientStatus> byRecipient = tracker.latest(sentDoc.documentId());
 * }</pre>
 */
public final class EdocTracker {
    /** The latest status of one recipient. */
    public record RecipientStatus(String organId, String statusCode, String description, String timestamp) {}

    private final TrackerStore store;

    /** A tracker in memory (one process). */
    public EdocTracker() {
        this(new InMemoryTrackerStore());
    }

    public EdocTracker(TrackerStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Records a document as sent. */
    public void sent(EdocDocument document) {
        store.sent(new TrackerStore.Sent(
                document.documentId(),
                document.from().organId(),
                document.code().toString(),
                EdxmlDates.formatDate(document.promulgationDate()),
                document.to().stream().map(o -> o.organId()).toList()));
    }

    /** Applies a received status message; returns the DocumentId it was matched to, if any. */
    public Optional<String> onStatus(ParsedEdxml status) {
        if (status.kind() != ParsedEdxml.Kind.STATUS || status.responseFor().isEmpty()) {
            return Optional.empty();
        }
        ResponseFor rf = status.responseFor().get(0);
        Optional<String> match = Optional.ofNullable(rf.documentId()).flatMap(store::byDocumentId);
        if (match.isEmpty()) {
            match = store.byCode(rf.organId(), rf.code(), rf.promulgationDate());
        }
        match.ifPresent(id -> store.status(
                id,
                new RecipientStatus(
                        status.from().organId(),
                        status.statusCode(),
                        status.statusDescription(),
                        status.statusTimestampRaw())));
        return match;
    }

    /** Each recipient's latest status for a sent document (recipients without any status are absent). */
    public Map<String, RecipientStatus> latest(String documentId) {
        return store.latest(documentId);
    }
}
