package io.github.egovsdk.civil.criminal;

/**
 * The fees of an application (thông tin thanh toán, VNeID's {@code thongTinThanhToan}): payer group
 * ({@code nhomDoiTuong} and its name), the certificate fee ({@code phiLLTP}), the fee for extra paper copies
 * ({@code phiCapThemBanGiay}), how the paper copy is delivered ({@code hinhThucNhanBanGiay} and its name) and where
 * ({@code diaChiNhan}), the total ({@code tongPhi}). Amounts in VND; null when not sent.
 */
public record CriminalRecordPayment(
        String payerGroup,
        String payerGroupName,
        Long certificateFee,
        Long extraCopyFee,
        String deliveryMethod,
        String deliveryMethodName,
        String deliveryAddress,
        Long total) {

    @Override
    public String toString() {
        return "CriminalRecordPayment[group=" + payerGroup + ", total=" + total + "]";
    }
}
