package io.github.egovsdk.edoc.receive;

import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.ParsedEdxml;
import io.github.egovsdk.edoc.ResponseFor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Follows the documents an agency sent: correlates incoming status messages with them — by {@code ResponseFor}
 * DocumentId, then by (OrganId, code, promulgation date) — and keeps each recipient's latest status. Thread-safe.
 */
public final class EdocTracker {
    /** The latest status of one recipient. */
    public record RecipientStatus(String organId, String statusCode, String description, String timestamp) {
    }

    private record Sent(String documentId, String organId, String code, String date, List<String> recipients) {
    }

    private final Map<String, Sent> byDocumentId = new ConcurrentHashMap<>();
    private final Map<String, Map<String, RecipientStatus>> statuses = new ConcurrentHashMap<>();

    /** Records a document as sent. */
    public void sent(EdocDocument document) {
        Sent s = new Sent(document.documentId(), document.from().organId(), document.code().toString(),
                io.github.egovsdk.edoc.internal.EdxmlDates.formatDate(document.promulgationDate()),
                document.to().stream().map(o -> o.organId()).toList());
        byDocumentId.put(s.documentId(), s);
        statuses.putIfAbsent(s.documentId(), new ConcurrentHashMap<>());
    }

    /** Applies a received status message; returns the DocumentId it was matched to, if any. */
    public Optional<String> onStatus(ParsedEdxml status) {
        if (status.kind() != ParsedEdxml.Kind.STATUS || status.responseFor().isEmpty()) {
            return Optional.empty();
        }
        ResponseFor rf = status.responseFor().get(0);
        Optional<Sent> match = Optional.ofNullable(rf.documentId()).map(byDocumentId::get);
        if (match.isEmpty()) {
            match = byDocumentId.values().stream().filter(s -> s.organId().equals(rf.organId())
                    && normalise(s.code()).equals(normalise(rf.code())) && s.date().equals(rf.promulgationDate()))
                    .findFirst();
        }
        match.ifPresent(s -> statuses.get(s.documentId()).put(status.from().organId(), new RecipientStatus(
                status.from().organId(), status.statusCode(), status.statusDescription(), status.statusTimestampRaw())));
        return match.map(Sent::documentId);
    }

    /** Each recipient's latest status for a sent document (recipients without any status are absent). */
    public Map<String, RecipientStatus> latest(String documentId) {
        return new LinkedHashMap<>(statuses.getOrDefault(documentId, Map.of()));
    }

    private static String normalise(String code) {
        return code == null ? "" : code.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
