package io.github.egovsdk.signature.remote;

import io.github.egovsdk.core.EgovException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link BatchSigner} batch gave, one entry per document in the order given: each signed, or failed with its
 * own error — one failing document does not lose the others' signatures.
 */
public record BatchSigningResult(List<Item> items) {
    public BatchSigningResult {
        items = List.copyOf(items);
    }

    /** One document's outcome: {@code error} empty when {@code output} holds the signed file. */
    public record Item(Path input, Path output, Optional<EgovException> error) {
        public boolean signed() {
            return error.isEmpty();
        }
    }

    public long signedCount() {
        return items.stream().filter(Item::signed).count();
    }

    public List<Item> failures() {
        return items.stream().filter(i -> !i.signed()).toList();
    }

    public boolean allSigned() {
        return failures().isEmpty();
    }
}
