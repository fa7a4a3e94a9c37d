package io.github.egovsdk.dvc.payment;

/**
 * A payment's outcome in the platform's callback shape (also the {@code QUERY} reply), after its {@code MaXacThuc}
 * was verified.
 *
 * @param messageType   {@code LoaiBanTin}
 * @param resultCode    {@code MaLoi} — {@code 00} = paid
 * @param partnerCode   {@code MaDoiTac}
 * @param reference     {@code MaThamChieu}
 * @param amountVnd     {@code SoTien}
 * @param currency      {@code MaTienTe}
 * @param transactionId {@code MaGiaoDich} — the platform's transaction; may be empty before payment
 * @param bankCode      {@code MaNganHang}
 * @param time          {@code ThoiGianGD}, as sent
 * @param description   {@code ThongTinGiaoDich}
 */
public record PaymentResult(
        String messageType,
        String resultCode,
        String partnerCode,
        String reference,
        long amountVnd,
        String currency,
        String transactionId,
        String bankCode,
        String time,
        String description) {

    /** {@code MaLoi == "00"}: the payment succeeded. */
    public boolean isSuccessful() {
        return "00".equals(resultCode);
    }
}
