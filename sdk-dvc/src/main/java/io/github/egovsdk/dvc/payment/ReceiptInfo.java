package io.github.egovsdk.dvc.payment;

import io.github.egovsdk.dvc.internal.Masks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * Data for the e-receipt (biên lai điện tử) sent with INIT as {@code ThongTinBienLai}. Every field may be null.
 * Fields this record does not name ({@code TKThuHuong}, {@code MaNHThuHuong}, {@code TenTKThuHuong},
 * {@code KhoBac}, {@code TaiKhoanThuNSNN}, the fine fields, …) go in {@code extra} under their wire names.
 * {@link #toString()} masks the payer.
 *
 * @param serviceCode   {@code MaDVC} — often the procedure code + {@code .01} ({@code
 * ProcedureCode.paymentServiceCode()})
 * @param serviceName   {@code TenDVC}
 * @param procedureCode {@code MaTTHC}
 * @param procedureName {@code TenTTHC}
 * @param agencyCode    {@code MaDonVi}
 * @param agencyName    {@code TenDonVi}
 * @param dossierCode   {@code MaHoSo}
 * @param payerName     {@code HoTenNguoiNop} — personal data
 * @param payerIdNumber {@code SoCMNDNguoiNop} — personal data
 * @param payerAddress  {@code DiaChiNguoiNop} — personal data
 * @param content       {@code NoiDungThanhToan}
 * @param fees          {@code PhiLePhi}
 * @param extra         other {@code ThongTinBienLai} fields by wire name
 */
public record ReceiptInfo(
        String serviceCode,
        String serviceName,
        String procedureCode,
        String procedureName,
        String agencyCode,
        String agencyName,
        String dossierCode,
        String payerName,
        String payerIdNumber,
        String payerAddress,
        String content,
        @NotNull List<@Valid @NotNull ReceiptFee> fees,
        @NotNull Map<String, String> extra) {

    public ReceiptInfo {
        fees = fees == null ? List.of() : List.copyOf(fees);
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    @Override
    public String toString() {
        return "ReceiptInfo[serviceCode=" + serviceCode + ", procedureCode=" + procedureCode + ", agencyCode="
                + agencyCode + ", dossierCode=" + dossierCode + ", payerName=" + Masks.name(payerName)
                + ", payerIdNumber=" + Masks.id(payerIdNumber) + ", payerAddress=" + Masks.present(payerAddress)
                + ", fees=" + fees.size() + ", extra=" + extra.keySet() + "]";
    }
}
