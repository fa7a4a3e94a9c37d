package io.github.egovsdk.vneid.chip;

import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One failed passive-authentication step.
 *
 * @param check     the step
 * @param dataGroup the data-group number for {@link PaCheck#DG_HASH_MISMATCH} and {@link PaCheck#DG_NOT_IN_SOD}
 * @param message   English
 * @param messageVi Vietnamese
 */
public record PaFailure(
        @NotNull PaCheck check,
        @NotNull OptionalInt dataGroup,
        @NotNull String message,
        @NotNull String messageVi) {
    public PaFailure {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(dataGroup, "dataGroup");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageVi, "messageVi");
    }

    static PaFailure of(PaCheck check, String message, String messageVi) {
        return new PaFailure(check, OptionalInt.empty(), message, messageVi);
    }

    static PaFailure of(PaCheck check, int dataGroup, String message, String messageVi) {
        return new PaFailure(check, OptionalInt.of(dataGroup), message, messageVi);
    }

    @Override
    public String toString() {
        return check + (dataGroup.isPresent() ? "(DG" + dataGroup.getAsInt() + ")" : "") + ": " + message;
    }
}
