package io.github.egovsdk.signature.remote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The provider's answer to an approved batch, in request order: a signature value per document, or the reason there
 * is none (the provider may sign some hashes of a batch and not others).
 */
public final class BatchSignatures {
    private final List<byte[]> values;
    private final List<String> errors;

    private BatchSignatures(List<byte[]> values, List<String> errors) {
        this.values = values;
        this.errors = errors;
    }

    /** {@code values.get(i)} null means none came for document {@code i}; {@code errors.get(i)} may say why. */
    public static BatchSignatures of(List<byte[]> values, List<String> errors) {
        if (values.size() != errors.size()) {
            throw new IllegalArgumentException("values and errors differ in size");
        }
        List<byte[]> v = new ArrayList<>();
        values.forEach(b -> v.add(b == null ? null : b.clone()));
        return new BatchSignatures(
                Collections.unmodifiableList(v), Collections.unmodifiableList(new ArrayList<>(errors)));
    }

    public int size() {
        return values.size();
    }

    /** The signature value of document {@code index}, if the provider returned one. */
    public Optional<byte[]> value(int index) {
        byte[] v = values.get(index);
        return v == null ? Optional.empty() : Optional.of(v.clone());
    }

    /** Why document {@code index} has no value, when the provider said. */
    public Optional<String> error(int index) {
        return Optional.ofNullable(errors.get(index));
    }
}
