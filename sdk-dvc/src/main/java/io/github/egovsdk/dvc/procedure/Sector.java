package io.github.egovsdk.dvc.procedure;

import jakarta.validation.constraints.NotBlank;

/**
 * A field of administrative procedures (lĩnh vực), as the portal's catalogue lists it ({@code MALINHVUC},
 * {@code TENLINHVUC}).
 *
 * @param code the field code
 * @param name its name, e.g. {@code Hộ tịch}
 */
public record Sector(@NotBlank String code, @NotBlank String name) {}
