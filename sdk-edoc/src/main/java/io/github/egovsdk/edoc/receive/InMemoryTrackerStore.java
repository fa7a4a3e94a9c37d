package io.github.egovsdk.edoc.receive;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The default {@link TrackerStore}: one process' memory. */
final class InMemoryTrackerStore implements TrackerStore {
    private final Map<String, Sent> byDocumentId = new ConcurrentHashMap<>();
    private final Map<String, Map<String, EdocTracker.RecipientStatus>> statuses = new ConcurrentHashMap<>();

    @Override
    public void sent(Sent s) {
        byDocumentId.put(s.documentId(), s);
        statuses.putIfAbsent(s.documentId(), new ConcurrentHashMap<>());
    }

    @Override
    public Optional<String> byDocumentId(String documentId) {
        return Optional.ofNullable(byDocumentId.get(documentId)).map(Sent::documentId);
    }

    @Override
    public Optional<String> byCode(String organId, String code, String date) {
        String key = TrackerStore.codeKey(code);
        return byDocumentId.values().stream()
                .filter(s -> s.organId().equals(organId)
                        && TrackerStore.codeKey(s.code()).equals(key)
                        && s.date().equals(date))
                .findFirst()
                .map(Sent::documentId);
    }

    @Override
    public void status(String documentId, EdocTracker.RecipientStatus status) {
        statuses.computeIfAbsent(documentId, k -> new ConcurrentHashMap<>())
                .merge(status.organId(), status, (old, now) -> TrackerStore.supersedes(now, old) ? now : old);
    }

    @Override
    public Map<String, EdocTracker.RecipientStatus> latest(String documentId) {
        return new LinkedHashMap<>(statuses.getOrDefault(documentId, Map.of()));
    }
}
