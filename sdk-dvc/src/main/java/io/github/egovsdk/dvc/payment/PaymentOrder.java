package io.github.egovsdk.dvc.payment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What to pay (INIT): the dossier, the amount in whole VND, the description shown to the payer
 * ({@code ThongTinGiaoDich}; default {@code THANH TOAN HO SO <dossier code>}) and, optionally, e-receipt data.
 *
 * @param dossierCode the dossier (mã hồ sơ); with the time it makes the reference {@code MaThamChieu}
 * @param amount      {@code SoTien}
 * @param description {@code ThongTinGiaoDich}; null for the default
 * @param receipt     {@code ThongTinBienLai}; may be null
 */
public record PaymentOrder(
        @NotBlank @Size(max = 50) String dossierCode,
        @NotNull VndAmount amount,
        @Size(max = 255) String description,
        @Valid ReceiptInfo receipt) {

    public static PaymentOrder of(String dossierCode, VndAmount amount) {
        return new PaymentOrder(dossierCode, amount, null, null);
    }

    /** The description sent: the given one, or {@code THANH TOAN HO SO <dossier code>}. */
    public String effectiveDescription() {
        return description == null || description.isBlank() ? "THANH TOAN HO SO " + dossierCode : description;
    }
}
