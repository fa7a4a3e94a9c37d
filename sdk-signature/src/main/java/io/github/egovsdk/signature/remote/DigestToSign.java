package io.github.egovsdk.signature.remote;

import java.util.Objects;

/**
 * One hash of a batch request: the document's id within the batch (SmartCA {@code doc_id}), the digest, and the
 * document's file type as SmartCA's {@code file_type} names it ({@code pdf}, {@code xml}, other types are accepted by
 * the service as seen in public integrations).
 */
public record DigestToSign(String documentId, byte[] digest, String fileType) {
    public DigestToSign {
        Objects.requireNonNull(documentId, "documentId");
        digest = Objects.requireNonNull(digest, "digest").clone();
        Objects.requireNonNull(fileType, "fileType");
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }
}
