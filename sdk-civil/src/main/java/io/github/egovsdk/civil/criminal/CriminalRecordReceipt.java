package io.github.egovsdk.civil.criminal;

import java.util.List;

/**
 * The e-receipt data VNeID sends with a paid application (thông tin biên lai, {@code thongTinBienLai}): the public
 * service and procedure ({@code maDichVu}, {@code maDVC}/{@code tenDVC}, {@code maTTHC}/{@code tenTTHC}), the unit
 * ({@code maDonVi}/{@code tenDonVi}), the beneficiary account ({@code tkThuHuong}, {@code maNhThuHuong} — its bank,
 * {@code tenTkThuHuong}), the items paid ({@code dSKhoanNop[] {NoiDung, SoTien}}), the transaction state
 * ({@code trangThaiGD} and its name) and the receipt's URL ({@code urlBienLai}).
 */
public record CriminalRecordReceipt(
        String serviceCode,
        String publicServiceCode,
        String publicServiceName,
        String procedureCode,
        String procedureName,
        String unitCode,
        String unitName,
        String beneficiaryAccount,
        String beneficiaryBank,
        String beneficiaryAccountName,
        List<Item> items,
        String transactionState,
        String transactionStateName,
        String receiptUrl) {

    public CriminalRecordReceipt {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One item paid (khoản nộp): what for and how much (VND). */
    public record Item(String description, Long amount) {}
}
