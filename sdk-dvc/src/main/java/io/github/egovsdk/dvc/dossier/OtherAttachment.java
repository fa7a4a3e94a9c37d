package io.github.egovsdk.dvc.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Another paper handed in with the dossier ({@code DanhSachTepDinhKemKhac}).
 *
 * @param name     {@code TenGiayTo}
 * @param quantity {@code SoLuong}
 * @param kind     {@code LoaiGiayTo} (e.g. bản chính, bản sao) as the portal codes it; may be null
 */
public record OtherAttachment(
        @NotBlank String name, @PositiveOrZero int quantity, String kind) {}
