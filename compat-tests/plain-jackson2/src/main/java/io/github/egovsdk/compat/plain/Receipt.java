package io.github.egovsdk.compat.plain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/** The vendor's own model, serialised with the vendor's Jackson 2 and validated with the vendor's messages. */
public record Receipt(
        @NotBlank String dossierCode, @Positive long amountVnd) {}
