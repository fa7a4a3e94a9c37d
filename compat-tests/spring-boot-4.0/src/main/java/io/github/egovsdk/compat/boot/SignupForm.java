package io.github.egovsdk.compat.boot;

import io.github.egovsdk.core.validation.ValidPersonalId;
import jakarta.validation.constraints.NotBlank;

/**
 * The vendor's own form: its messages come from the vendor's ValidationMessages.properties; it also uses one of the
 * SDK's constraints, whose message the SDK contributes without touching the vendor's bundle.
 */
public record SignupForm(
        @NotBlank String fullName,

        @NotBlank(message = "{vendor.signup.email.required}")
        String email,

        @ValidPersonalId String personalId) {}
