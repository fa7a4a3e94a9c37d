package io.github.egovsdk.vneid.population;

import io.github.egovsdk.core.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * Who asks the population database and why — recorded by the {@link AuditHook} for every lookup (Decree 13/2023 and
 * Law 91/2025 on personal-data protection require a purpose for each processing).
 *
 * @param requestedBy the officer's or system's code (mã cán bộ / mã hệ thống), sent as {@code MaCanBo}
 * @param purpose     why the lookup is made (mục đích), e.g. "Tiếp nhận hồ sơ H56.14-250101-0001"
 */
public record LookupContext(
        @NotBlank @Size(max = 64) String requestedBy,
        @NotBlank @Size(max = 500) String purpose) {

    /** @throws io.github.egovsdk.core.ValidationException naming the blank or too-long field */
    public LookupContext {
        Validation.validate(new Fields(requestedBy, purpose), "lookup context", Locale.ENGLISH);
    }

    private record Fields(
            @NotBlank @Size(max = 64) String requestedBy,
            @NotBlank @Size(max = 500) String purpose) {}
}
