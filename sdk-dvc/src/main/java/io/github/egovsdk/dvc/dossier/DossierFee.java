package io.github.egovsdk.dvc.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A fee or charge on the dossier ({@code DanhSachLePhi}, phí, lệ phí), in whole đồng.
 *
 * @param name       {@code TenPhiLePhi}
 * @param code       {@code MaPhiLePhi}; may be null
 * @param collection {@code HinhThucThu} — before, after, exempt; may be null
 * @param amountVnd  {@code Gia} — amount in VND, ≥ 0
 * @param feeType    {@code LoaiPhiLePhi} — as the portal codes it (phí or lệ phí); may be null
 */
public record DossierFee(
        @NotBlank String name,
        String code,
        FeeCollection collection,
        @PositiveOrZero long amountVnd,
        String feeType) {}
