package io.github.egovsdk.signature.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SPI of remote signing services where the user approves on a phone (VNPT SmartCA, Viettel MySign / CSC, NEAC):
 * the service signs a digest and returns the raw signature value; the CMS / PAdES / XAdES is built locally (two-phase
 * signing, {@code DocumentSigner.prepare} / {@code complete}). {@link BatchSigner} signs many documents of any format
 * through one confirmation.
 */
public interface RemoteSigner {

    /** The user's signing credentials (certificates). */
    List<RemoteCredential> listCredentials(String userId);

    /** Asks for a signature over a SHA-256 digest; the user is notified in the provider's app. */
    PendingSignature requestSignature(
            String userId, RemoteCredential credential, byte[] sha256Digest, String description);

    /** The signature value once approved; empty while pending; throws when refused or expired. */
    Optional<byte[]> poll(PendingSignature pending);

    /**
     * Asks for signatures over several digests in one request, which the user approves once. This default, for
     * providers without a batch call, sends them one by one (so the user confirms each); {@link SmartCaRemoteSigner}
     * and {@link CscRemoteSigner} send one request.
     */
    default PendingBatch requestSignatures(
            String userId, RemoteCredential credential, List<DigestToSign> digests, String description) {
        if (digests.isEmpty()) {
            throw new IllegalArgumentException("no digests to sign");
        }
        List<PendingSignature> parts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (DigestToSign d : digests) {
            parts.add(requestSignature(userId, credential, d.digest(), description + " — " + d.documentId()));
            ids.add(d.documentId());
        }
        return new PendingBatch("batch-" + parts.get(0).transactionId(), credential, ids, parts);
    }

    /**
     * The batch's values once the user approved (some may be missing — see {@link BatchSignatures}); empty while
     * pending; a {@link RemoteSigningException} when the whole batch was refused or expired.
     */
    default Optional<BatchSignatures> pollBatch(PendingBatch pending) {
        List<PendingSignature> parts = pending.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (!pending.received().containsKey(i)) {
                Optional<byte[]> value = poll(parts.get(i));
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                pending.received().put(i, value.get());
            }
        }
        List<byte[]> values = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            values.add(pending.received().get(i));
            errors.add(null);
        }
        return Optional.of(BatchSignatures.of(values, errors));
    }
}
