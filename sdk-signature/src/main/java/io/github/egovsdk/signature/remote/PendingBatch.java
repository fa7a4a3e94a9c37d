package io.github.egovsdk.signature.remote;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A batch signature request waiting for the user's one confirmation: the provider's transaction id, the document ids
 * in request order, and — for providers without a batch call — the single requests it was split into. Holds the
 * values received so far, so that a provider's one-time answers are not lost between polls.
 */
public final class PendingBatch {
    private final String transactionId;
    private final RemoteCredential credential;
    private final List<String> documentIds;
    private final List<PendingSignature> parts;
    private final Map<Integer, byte[]> received = new ConcurrentHashMap<>();

    public PendingBatch(
            String transactionId, RemoteCredential credential, List<String> documentIds, List<PendingSignature> parts) {
        this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
        this.credential = Objects.requireNonNull(credential, "credential");
        this.documentIds = List.copyOf(documentIds);
        this.parts = List.copyOf(parts);
    }

    public String transactionId() {
        return transactionId;
    }

    public RemoteCredential credential() {
        return credential;
    }

    /** The documents' ids, in the order of the request. */
    public List<String> documentIds() {
        return documentIds;
    }

    /** The single requests of a provider without batch signing (empty for a real batch). */
    public List<PendingSignature> parts() {
        return parts;
    }

    /** Values received so far, by index (for adapters). */
    Map<Integer, byte[]> received() {
        return received;
    }
}
