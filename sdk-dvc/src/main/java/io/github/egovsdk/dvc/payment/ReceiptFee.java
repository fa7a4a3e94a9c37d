package io.github.egovsdk.dvc.payment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One fee line of the e-receipt ({@code ThongTinBienLai.PhiLePhi}).
 *
 * @param type   {@code LoaiPhiLePhi} (phí or lệ phí, as the platform codes it); may be null
 * @param code   {@code MaPhiLePhi}; may be null
 * @param name   {@code TenPhiLePhi}
 * @param amount {@code SoTien}
 */
public record ReceiptFee(
        String type,
        String code,
        @NotBlank String name,
        @NotNull VndAmount amount) {}
